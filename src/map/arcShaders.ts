/**
 * GLSL of the arc layer. Each instance is one segment of one arc, drawn as a quad of four vertices
 * (`gl_VertexID` 0..3, triangle strip) that the vertex shader projects with MapLibre's own
 * `projectTileWithElevation` (globe or Mercator, from the prelude) and widens in screen space.
 * The fragment shader gives the edges a one-pixel smooth falloff and writes premultiplied colour.
 */
import { ARC_UNKNOWN_YEAR } from './arcGeometry';

/** Attribute locations, fixed with `layout(location)` so one vertex array serves every program. */
export const ARC_ATTRIBUTES = {
  p0: 0,
  p1: 1,
  p2: 2,
  p3: 3,
  arc: 4,
  color: 5,
} as const;

/** Names of the layer's own uniforms (MapLibre's projection uniforms come on top). */
export const ARC_UNIFORMS = [
  'u_viewport',
  'u_world_offset',
  'u_height_scale',
  'u_year_window',
  'u_include_unknown',
  'u_grow',
  'u_focus',
  'u_hover',
  'u_pass',
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
layout(location = ${ARC_ATTRIBUTES.p0}) in vec3 a_p0;
layout(location = ${ARC_ATTRIBUTES.p1}) in vec3 a_p1;
layout(location = ${ARC_ATTRIBUTES.p2}) in vec3 a_p2;
layout(location = ${ARC_ATTRIBUTES.p3}) in vec3 a_p3;
layout(location = ${ARC_ATTRIBUTES.arc}) in vec4 a_arc;
layout(location = ${ARC_ATTRIBUTES.color}) in vec4 a_color;

uniform vec2 u_viewport;
uniform float u_world_offset;
uniform float u_height_scale;
uniform vec2 u_year_window;
uniform float u_include_unknown;
uniform vec2 u_grow;
uniform vec2 u_focus;
uniform vec2 u_hover;
uniform float u_pass;
uniform float u_width;
uniform float u_alpha;
uniform vec2 u_emphasis_width;
uniform vec2 u_emphasis_alpha;
uniform float u_dim;

out vec3 v_color;
out float v_alpha;
out float v_across;
out float v_half_width;
out float v_t;
out float v_head;

const vec4 HIDDEN = vec4(0.0, 0.0, 2.0, 1.0);

bool touches(vec2 city) {
  return (city.x >= 0.0 && abs(a_arc.y - city.x) < 0.5) || (city.y >= 0.0 && abs(a_arc.z - city.y) < 0.5);
}

#ifdef GLOBE
// How far a raised point is hidden by the planet (unit sphere): positive when the line of sight
// from the camera meets the sphere before the point, negative when the point is in view. The
// camera sits on the clipping plane's normal, at 1 / distance-of-plane from the centre. Unlike the
// plane alone, this keeps the part of an arc that rises above the horizon behind the limb.
float occlusion(vec2 pos, float elevation) {
  vec3 point = projectToSphere(pos) * (1.0 + elevation / GLOBE_RADIUS);
  vec3 camera = u_projection_clipping_plane.xyz / max(-u_projection_clipping_plane.w, 1e-6);
  vec3 ray = point - camera;
  float nearest = -dot(camera, ray) / max(dot(ray, ray), 1e-12);
  vec3 closest = camera + nearest * ray;
  return min(1.0 - dot(closest, closest), 1.0 - nearest);
}
#endif

// Clip position of a point given as (Mercator x, Mercator y, t along the arc). On the globe the
// arc rises as sin(pi t) times its apex height, and depth only says whether the point is hidden.
vec4 project(vec3 p, bool clipped) {
  vec2 pos = vec2(p.x + u_world_offset, p.y);
  float elevation = 0.0;
#ifdef GLOBE
  elevation = a_arc.w * u_height_scale * sin(3.14159265 * clamp(p.z, 0.0, 1.0));
#endif
  vec4 clip = projectTileWithElevation(pos, elevation);
#ifdef GLOBE
  if (clipped) {
    // Beyond 1 is hidden; fades in with the globe like MapLibre's own globe clipping.
    float globeness = clamp((u_projection_transition - 0.2) / 0.8, 0.0, 1.0);
    clip.z = globeness * max(1.0 + 0.5 * occlusion(pos, elevation), 0.0) * clip.w;
  }
#endif
  clip.w = max(clip.w, 1e-6);
  return clip;
}

vec2 toScreen(vec4 clip) {
  return clip.xy / clip.w * u_viewport * 0.5;
}

void main() {
  float year = a_arc.x;
  bool unknown = year < ${UNKNOWN} + 0.5;
  bool inWindow = unknown ? u_include_unknown > 0.5 : (year >= u_year_window.x && year <= u_year_window.y);
  bool segment = a_p2.z > a_p1.z;
  bool growing = !unknown && abs(year - u_grow.x) < 0.5 && u_grow.y < 1.0;
  float t1 = a_p1.z;
  float t2 = growing ? min(a_p2.z, u_grow.y) : a_p2.z;
  float emphasis = touches(u_focus) ? 2.0 : (touches(u_hover) ? 1.0 : 0.0);
  // Emphasised arcs are drawn in a second pass, on top of the others.
  bool inPass = u_pass > 0.5 ? emphasis > 0.0 : emphasis == 0.0;
  if (!inWindow || !segment || t2 <= t1 || !inPass) {
    gl_Position = HIDDEN;
    return;
  }

  // The vertex's point, and the direction of the arc there from its neighbours along the arc:
  // both segments meeting at a point compute the same, so they widen it alike and join seamlessly.
  bool atEnd = gl_VertexID >= 2;
  vec3 here;
  vec3 along;
  if (!atEnd) {
    here = a_p1;
    along = a_p2 - (a_p1.z > 0.0 ? a_p0 : a_p1);
  } else if (t2 < a_p2.z) {
    here = mix(a_p1, a_p2, (t2 - t1) / (a_p2.z - t1));
    along = a_p2 - a_p1;
  } else {
    here = a_p2;
    along = (a_p2.z < 1.0 ? a_p3 : a_p2) - a_p1;
  }
  vec4 clip = project(here, true);
  vec2 ahead = toScreen(project(here + 0.01 * along, false)) - toScreen(clip);
  float len = length(ahead);
  vec2 tangent = len > 1e-6 ? ahead / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-tangent.y, tangent.x);

  float width = emphasis == 2.0 ? u_emphasis_width.x : (emphasis == 1.0 ? u_emphasis_width.y : u_width);
  float alpha = emphasis == 2.0 ? u_emphasis_alpha.x : (emphasis == 1.0 ? u_emphasis_alpha.y : u_alpha);
  if (emphasis == 0.0 && (u_focus.x >= 0.0 || u_focus.y >= 0.0)) alpha *= u_dim;
  if (growing) {
    width *= 1.5;
    alpha = min(1.0, alpha * 2.5);
  }
  // Lines thinner than a pixel stay one pixel wide and fade instead, which keeps them smooth.
  float drawn = max(width, 1.0);
  alpha *= min(width, 1.0);
  float half_width = drawn * 0.5;
  float reach = half_width + 1.0;
  float side = (gl_VertexID == 0 || gl_VertexID == 2) ? -1.0 : 1.0;

  gl_Position = clip + vec4(normal * side * reach / (u_viewport * 0.5) * clip.w, 0.0, 0.0);
  v_color = a_color.rgb;
  v_alpha = alpha;
  v_across = side * reach;
  v_half_width = half_width;
  v_t = here.z;
  v_head = growing ? u_grow.y : -1.0;
}
`;

/** The vertex shader for one projection variant, from MapLibre's prelude and defines. */
export function arcVertexSource(prelude: string, define: string): string {
  return `#version 300 es\n${prelude}\n${define}\n${VERTEX_BODY}`;
}

/** The fragment shader, the same for every projection. */
export const ARC_FRAGMENT_SOURCE = `#version 300 es
precision highp float;
in vec3 v_color;
in float v_alpha;
in float v_across;
in float v_half_width;
in float v_t;
in float v_head;
out vec4 fragColor;

void main() {
  float coverage = clamp(v_half_width + 0.5 - abs(v_across), 0.0, 1.0);
  // The growing tip of an arc being played in glows white for a short stretch.
  float head = v_head >= 0.0 ? exp(-pow((v_head - v_t) / 0.04, 2.0)) : 0.0;
  vec3 color = mix(v_color, vec3(1.0), 0.7 * head);
  float alpha = min(1.0, v_alpha + head) * coverage;
  fragColor = vec4(color * alpha, alpha);
}
`;
