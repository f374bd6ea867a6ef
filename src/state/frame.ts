/**
 * Camera framing for a selected city and its partners: where the globe should turn and how far to zoom,
 * and the box for the flat map. Pure arithmetic on [lon, lat] degrees; the map applies the result.
 */

/** A point as [longitude, latitude] in degrees. */
export type LonLat = [number, number];

/** Where the globe camera should look. */
export interface GlobeFrame {
  lon: number;
  lat: number;
  zoom: number;
}

/** Options of `frameGlobe`; every field has a default. */
export interface FrameOptions {
  /** Weight of the city against the partners' mean direction, 0..1 (default 0.5). */
  pull?: number;
  /** The centre never strays further than this from the city, in degrees (default 12). */
  maxOffset?: number;
  /** Share of partners the zoom must fit; the farthest others may lie beyond the horizon (default 0.8). */
  share?: number;
  /** Share of the viewport's smaller side the framed points may fill (default 0.8). */
  fill?: number;
  /** Zoom for a city without partners, and the most the camera zooms in (default 5). */
  maxZoom?: number;
}

const RAD = Math.PI / 180;

function toVector([lon, lat]: LonLat): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

function toLonLat([x, y, z]: [number, number, number]): LonLat {
  const r = Math.hypot(x, y, z);
  return [Math.atan2(y, x) / RAD, Math.asin(Math.max(-1, Math.min(1, z / r))) / RAD];
}

/** The angle between two points on the sphere, in degrees. */
export function angularDistance(a: LonLat, b: LonLat): number {
  const [ax, ay, az] = toVector(a);
  const [bx, by, bz] = toVector(b);
  const cross = Math.hypot(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
  return Math.atan2(cross, ax * bx + ay * by + az * bz) / RAD;
}

/** The point `t` of the way from a to b along the great circle (a when they coincide or are antipodes). */
function slerp(a: LonLat, b: LonLat, t: number): LonLat {
  const omega = angularDistance(a, b) * RAD;
  if (omega < 1e-9 || Math.PI - omega < 1e-9) return a;
  const va = toVector(a);
  const vb = toVector(b);
  const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
  const wb = Math.sin(t * omega) / Math.sin(omega);
  return toLonLat([wa * va[0] + wb * vb[0], wa * va[1] + wb * vb[1], wa * va[2] + wb * vb[2]]);
}

/**
 * The globe's zoom at which points up to `angle` degrees from the centre fit in `radiusPx` pixels.
 * MapLibre's globe radius is `512 * 2^zoom / (2π cos(lat))` pixels, seen from 1.5 viewport heights above
 * the surface (its default field of view); a point at angle θ appears at `D R sinθ / (D + R (1 - cosθ))`.
 * For a point that would lie beyond the horizon, returns the zoom at which the whole disc fits.
 */
export function fitAngleZoom(angle: number, radiusPx: number, height: number, lat: number): number {
  const distance = 1.5 * Math.max(1, height);
  const r = Math.max(1, radiusPx);
  const toZoom = (radius: number): number => Math.log2((radius * 2 * Math.PI * Math.cos(lat * RAD)) / 512);
  const sinDisc = Math.sin(Math.atan(r / distance));
  const wholeDisc = toZoom((distance * sinDisc) / (1 - sinDisc));
  const theta = Math.min(90, Math.max(0, angle)) * RAD;
  const denominator = distance * Math.sin(theta) - r * (1 - Math.cos(theta));
  if (denominator <= 0) return wholeDisc;
  const radius = (r * distance) / denominator;
  // Past the horizon at that radius the point is hidden anyway: show the whole disc instead.
  if (Math.cos(theta) < radius / (radius + distance)) return wholeDisc;
  return Math.max(wholeDisc, toZoom(radius));
}

/**
 * The globe camera for a city and its partners: centred on the spherical mean of the city and the
 * partners, pulled toward the city (so that most partners are on the visible side and the city stays
 * near the middle), zoomed to fit the city and the nearest `share` of the partners.
 */
export function frameGlobe(city: LonLat, partners: readonly LonLat[], viewport: { width: number; height: number }, options: FrameOptions = {}): GlobeFrame {
  const { pull = 0.5, maxOffset = 12, share = 0.8, fill = 0.8, maxZoom = 5 } = options;
  if (partners.length === 0) return { lon: city[0], lat: city[1], zoom: maxZoom };
  const mean: [number, number, number] = [0, 0, 0];
  for (const partner of partners) {
    const v = toVector(partner);
    mean[0] += v[0] / partners.length;
    mean[1] += v[1] / partners.length;
    mean[2] += v[2] / partners.length;
  }
  const c = toVector(city);
  const pulled: [number, number, number] = [pull * c[0] + (1 - pull) * mean[0], pull * c[1] + (1 - pull) * mean[1], pull * c[2] + (1 - pull) * mean[2]];
  let center = Math.hypot(...pulled) < 1e-9 ? city : toLonLat(pulled);
  const offset = angularDistance(city, center);
  if (offset > maxOffset) center = slerp(city, center, maxOffset / offset);
  const angles = partners.map((p) => angularDistance(center, p)).sort((a, b) => a - b);
  const kept = angles[Math.max(0, Math.ceil(share * angles.length) - 1)]!;
  const angle = Math.max(kept, angularDistance(center, city));
  const radiusPx = (Math.min(viewport.width, viewport.height) * fill) / 2;
  const zoom = Math.min(maxZoom, fitAngleZoom(angle, radiusPx, viewport.height, center[1]));
  return { lon: center[0], lat: center[1], zoom };
}

/**
 * The smallest box holding the points for the flat map, as [[west, south], [east, north]]. Longitudes
 * stay continuous across the antimeridian, so `east` may exceed 180 (Shanghai to Los Angeles:
 * 121.5 to 241.8). Latitudes are clamped to Mercator's ±85°. Null for no points.
 */
export function frameBounds(points: readonly LonLat[]): [LonLat, LonLat] | null {
  if (points.length === 0) return null;
  const lons = points.map(([lon]) => (lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180)).sort((a, b) => a - b);
  // The box skips the widest empty stretch of longitudes, which may be the one across ±180.
  let gap = lons[0]! + 360 - lons[lons.length - 1]!;
  let west = lons[0]!;
  let east = lons[lons.length - 1]!;
  for (let i = 1; i < lons.length; i++) {
    const g = lons[i]! - lons[i - 1]!;
    if (g > gap) {
      gap = g;
      west = lons[i]!;
      east = lons[i - 1]! + 360;
    }
  }
  let south = 85;
  let north = -85;
  for (const [, lat] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, Math.max(-85, south)],
    [east, Math.min(85, north)],
  ];
}
