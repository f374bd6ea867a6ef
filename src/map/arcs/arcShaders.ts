/**
 * GLSL of the arc layer. A run of arcs is one triangle strip without vertex attributes: vertex `v`
 * is the left (even) or right (odd) side of point `v >> 1` of the level of detail drawn, which the
 * vertex shader reads, with its neighbours along the arc and its arc's attributes, from two float
 * data textures (layout in arcGeometry.ts). It projects the point with MapLibre's own functions
 * from the prelude (globe or Mercator) and widens it in screen space. The fragment shader gives the
 * edges a one-pixel smooth falloff and writes premultiplied colour.
 */
import { ARC_UNKNOWN_YEAR } from './arcTypes';

/**
 * Width in texels of the data textures; texel `i` is at column `i % width`, row `i / width`.
 * Every WebGL2 implementation in use supports 4096 (the minimum the standard asks for is 2048).
 */
export const ARC_TEXTURE_WIDTH = 4096;

/** Texture units of the data textures. */
export const ARC_TEXTURE_UNITS = { points: 0, arcs: 1, mask: 2 } as const;

/** Names of the layer's own uniforms (MapLibre's projection uniforms come on top). */
export const ARC_UNIFORMS = [
  'u_points',
  'u_arcs',
  'u_mask',
  'u_first_vertex',
  'u_step',
  'u_viewport',
  'u_world_offset',
  'u_height_scale',
  'u_year_window',
  'u_include_unknown',
  'u_grow',
  'u_focus',
  'u_hover',
  'u_pass',
  'u_hairline',
  'u_width',
  'u_alpha',
  'u_emphasis_width',
  'u_emphasis_alpha',
  'u_dim',
] as const;

/** One of {@link ARC_UNIFORMS}. */
export type ArcUniform = (typeof ARC_UNIFORMS)[number];

const UNKNOWN = ARC_UNKNOWN_YEAR.toFixed(1);

const VERTEX_BODY = `
precision highp int;

// x, y (Mercator), t along the arc, arc index (-1 for a separator); one texel per point.
uniform highp sampler2D u_points;
// (year, cnIndex, partnerIndex, apex height), then (red, green, blue, segments at full detail);
// two texels per arc.
uniform highp sampler2D u_arcs;
// 1 where the arc passes the filters (and home city), 0 where it is filtered out; one texel per arc.
uniform highp sampler2D u_mask;
// The first vertex of the run being drawn (WebGL2 has no base vertex for gl_VertexID).
uniform int u_first_vertex;
// Points of the full list per point of the level of detail drawn (1 or 2).
uniform float u_step;
uniform vec2 u_viewport;
uniform float u_world_offset;
uniform float u_height_scale;
uniform vec2 u_year_window;
uniform float u_include_unknown;
uniform vec2 u_grow;
uniform vec2 u_focus;
uniform vec2 u_hover;
uniform float u_pass;
// 1: the vertices are drawn as lines, a pair per segment (see arcDraw.ts); 0: as a strip of two per point.
uniform float u_hairline;
uniform float u_width;
uniform float u_alpha;
uniform vec2 u_emphasis_width;
uniform vec2 u_emphasis_alpha;
uniform float u_dim;

// Constant along an arc, hence flat: colour and opacity, then half the line width and the tip's t.
flat out vec4 v_color;
flat out vec2 v_line;
out float v_across;
out float v_t;

const vec4 HIDDEN = vec4(0.0, 0.0, 2.0, 1.0);

vec4 texel(highp sampler2D data, int i) {
  return texelFetch(data, ivec2(i & ${ARC_TEXTURE_WIDTH - 1}, i >> ${Math.log2(ARC_TEXTURE_WIDTH)}), 0);
}

bool touches(vec4 arc, vec2 city) {
  return (city.x >= 0.0 && abs(arc.y - city.x) < 0.5) || (city.y >= 0.0 && abs(arc.z - city.y) < 0.5);
}

#ifdef GLOBE
// How far a raised point (its position on the unit sphere, and its elevation) is hidden by the
// planet: positive when the line of sight from the camera meets the sphere before the point,
// negative when the point is in view. The camera sits on the clipping plane's normal, at
// 1 / distance-of-plane from the centre. Unlike the plane alone, this keeps the part of an arc
// that rises above the horizon behind the limb.
float occlusion(vec3 sphere, float elevation) {
  vec3 point = sphere * (1.0 + elevation / GLOBE_RADIUS);
  vec3 camera = u_projection_clipping_plane.xyz / max(-u_projection_clipping_plane.w, 1e-6);
  vec3 ray = point - camera;
  float nearest = -dot(camera, ray) / max(dot(ray, ray), 1e-12);
  vec3 closest = camera + nearest * ray;
  return min(1.0 - dot(closest, closest), 1.0 - nearest);
}
#endif

// Clip position of a point given as (Mercator x, Mercator y, t along the arc) on an arc whose apex
// is height metres up. On the globe the arc rises as sin(pi t) times that height, and depth only
// says whether the point is hidden.
vec4 project(vec3 p, float height, bool clipped) {
  vec2 pos = vec2(p.x + u_world_offset, p.y);
#ifdef GLOBE
  float elevation = height * u_height_scale * sin(3.14159265 * clamp(p.z, 0.0, 1.0));
  // What projectTileWithElevation does, keeping the sphere position for the occlusion test.
  vec3 sphere = projectToSphere(pos);
  vec4 clip = interpolateProjection(pos, sphere, elevation);
  if (clipped) {
    // Beyond 1 is hidden; fades in with the globe like MapLibre's own globe clipping.
    float globeness = clamp((u_projection_transition - 0.2) / 0.8, 0.0, 1.0);
    clip.z = globeness * max(1.0 + 0.5 * occlusion(sphere, elevation), 0.0) * clip.w;
  }
#else
  vec4 clip = projectTileWithElevation(pos, 0.0);
#endif
  clip.w = max(clip.w, 1e-6);
  return clip;
}

vec2 toScreen(vec4 clip) {
  return clip.xy / clip.w * u_viewport * 0.5;
}

void main() {
  int vertex = u_first_vertex + gl_VertexID;
  bool right = (vertex & 1) == 1;
  bool hairline = u_hairline > 0.5;
  // As lines, vertices 2i and 2i + 1 are the ends of the segment from point i to point i + 1.
  int index = (vertex >> 1) + (hairline && right ? 1 : 0);
  vec4 point = texel(u_points, index);
  if (hairline) {
    // A segment that reaches a separator would join two arcs: both its ends are hidden.
    if (point.w < 0.0 || texel(u_points, right ? index - 1 : index + 1).w < 0.0) {
      gl_Position = HIDDEN;
      return;
    }
  } else if (point.w < 0.0) {
    // A separator between two arcs repeats the right side of the point before and the left side
    // of the point after: every triangle bridging the two arcs then has two equal corners.
    index += right ? 1 : -1;
    right = !right;
    point = texel(u_points, index);
  }
  int arcIndex = int(point.w);
  // (year, cnIndex, partnerIndex, apex height) and (red, green, blue, segments at full detail).
  vec4 arc = texel(u_arcs, 2 * arcIndex);
  vec4 look = texel(u_arcs, 2 * arcIndex + 1);

  float year = arc.x;
  bool unknown = year < ${UNKNOWN} + 0.5;
  bool inWindow = unknown ? u_include_unknown > 0.5 : (year >= u_year_window.x && year <= u_year_window.y);
  // An R8 texture reads back normalised: the mask's byte 1 is 1/255 here, so any non-zero texel is shown.
  inWindow = inWindow && texel(u_mask, arcIndex).r > 0.0;
  bool growing = !unknown && abs(year - u_grow.x) < 0.5 && u_grow.y < 1.0;
  float emphasis = touches(arc, u_focus) ? 2.0 : (touches(arc, u_hover) ? 1.0 : 0.0);
  // Emphasised arcs are drawn in a second pass, on top of the others.
  bool inPass = u_pass > 0.5 ? emphasis > 0.0 : emphasis == 0.0;
  if (!inWindow || !inPass || (growing && u_grow.y <= 0.0)) {
    gl_Position = HIDDEN;
    return;
  }

  // The point, and (for a strip) the direction of the arc there from its neighbours along the arc.
  vec3 here = point.xyz;
  vec3 along = vec3(0.0);
  if (growing && here.z > u_grow.y) {
    // Past the tip of a growing arc: every such point moves onto the tip, where the arc is cut
    // between the points around it (t steps evenly), so the rest of the arc draws nothing.
    float segments = look.w / u_step;
    int first = index - int(round(here.z * segments));
    int tip = first + int(ceil(u_grow.y * segments));
    vec3 before = texel(u_points, tip - 1).xyz;
    vec3 after = texel(u_points, tip).xyz;
    here = mix(before, after, (u_grow.y - before.z) / max(after.z - before.z, 1e-6));
    along = after - before;
  } else if (!hairline) {
    vec3 before = here.z > 0.0 ? texel(u_points, index - 1).xyz : here;
    vec3 after = here.z < 1.0 ? texel(u_points, index + 1).xyz : here;
    along = after - before;
  }

  float width = emphasis == 2.0 ? u_emphasis_width.x : (emphasis == 1.0 ? u_emphasis_width.y : u_width);
  float alpha = emphasis == 2.0 ? u_emphasis_alpha.x : (emphasis == 1.0 ? u_emphasis_alpha.y : u_alpha);
  if (emphasis == 0.0 && (u_focus.x >= 0.0 || u_focus.y >= 0.0)) alpha *= u_dim;
  // Undated ties are drawn in a neutral grey, thinner and fainter, apart from the dated ones.
  vec3 color = unknown ? vec3(0.62, 0.66, 0.72) : look.rgb;
  if (unknown && emphasis == 0.0) {
    width *= 0.7;
    alpha *= 0.55;
  }
  if (growing) {
    width *= 1.5;
    alpha = min(1.0, alpha * 2.5);
  }
  // Lines thinner than a pixel stay one pixel wide and fade instead, which keeps them smooth.
  float drawn = max(width, 1.0);
  alpha *= min(width, 1.0);
  float half_width = drawn * 0.5;
  vec4 clip = project(here, arc.w, true);
  v_color = vec4(color, alpha);
  v_line = vec2(half_width, growing ? u_grow.y : -1.0);
  v_t = here.z;
  if (hairline) {
    // A line one pixel wide, at the opacity of a strip this thin: the same amount of colour.
    gl_Position = clip;
    v_across = 0.0;
    return;
  }
  vec2 ahead = toScreen(project(here + 0.01 * along, arc.w, false)) - toScreen(clip);
  float len = length(ahead);
  vec2 tangent = len > 1e-6 ? ahead / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-tangent.y, tangent.x);

  // Half a pixel beyond the line, where the fragment shader's coverage falls to zero.
  float reach = half_width + 0.5;
  float side = right ? 1.0 : -1.0;

  gl_Position = clip + vec4(normal * side * reach / (u_viewport * 0.5) * clip.w, 0.0, 0.0);
  v_across = side * reach;
}
`;

/** The vertex shader for one projection variant, from MapLibre's prelude and defines. */
export function arcVertexSource(prelude: string, define: string): string {
  return `#version 300 es\n${prelude}\n${define}\n${VERTEX_BODY}`;
}

/** The fragment shader, the same for every projection. */
export const ARC_FRAGMENT_SOURCE = `#version 300 es
precision highp float;
flat in vec4 v_color;
flat in vec2 v_line;
in float v_across;
in float v_t;
out vec4 fragColor;

void main() {
  float coverage = clamp(v_line.x + 0.5 - abs(v_across), 0.0, 1.0);
  // The growing tip of an arc being played in glows white for a short stretch.
  // A branch, not a select: arcs that are not growing skip the exponential.
  float head = 0.0;
  if (v_line.y >= 0.0) {
    float d = (v_line.y - v_t) / 0.04;
    head = exp(-d * d);
  }
  vec3 color = mix(v_color.rgb, vec3(1.0), 0.7 * head);
  float alpha = min(1.0, v_color.a + head) * coverage;
  fragColor = vec4(color * alpha, alpha);
}
`;
