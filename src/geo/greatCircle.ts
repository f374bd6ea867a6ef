/**
 * Great-circle paths between two places, densified for drawing, and the Web Mercator helpers the
 * arc layer feeds to the GPU. Pure: no DOM, no maplibre.
 */
import { centralAngle as angleBetween } from './distance';

/** A position as [longitude, latitude] in degrees. */
export type LonLat = [number, number];

/** Options of {@link greatCircle}. */
export interface GreatCircleOptions {
  /** Largest angle between two consecutive points, in degrees. Default 2. */
  maxStepDeg?: number;
  /** Fewest segments of a path between two distinct points. Default 4. */
  minSegments?: number;
}

/** Latitude limit of Web Mercator, in degrees: the square world's top and bottom edges. */
export const MERCATOR_MAX_LAT = 85.051129;

const DEG = Math.PI / 180;
/** Below this angle (radians, about 1 mm on Earth) two points are treated as the same place. */
const SAME_PLACE = 1e-10;
/** Beyond π minus this angle the two points are antipodes and the great circle is not unique. */
const ANTIPODE = 1e-9;

/**
 * The shorter great-circle path from `from` to `to`, as points at most `maxStepDeg` apart,
 * first point `from` and last point `to` (up to a whole turn of longitude).
 *
 * Longitudes are unwrapped so that consecutive points never differ by more than 180°: a path
 * across the antimeridian keeps going (Shanghai 121° → 180° → San Francisco as 237.6°), so both
 * the globe and the Mercator map draw it the short way. Identical points give a two-point path;
 * exact antipodes, whose great circle is not unique, are joined through the equator 90° east of
 * `from`. An end at a pole takes the longitude of its neighbour, so the path meets the pole
 * along a meridian.
 */
export function greatCircle(from: LonLat, to: LonLat, options: GreatCircleOptions = {}): LonLat[] {
  const flat = new Float64Array(2 * greatCirclePointCount(from, to, options));
  writeGreatCircle(from, to, options, flat);
  return Array.from({ length: flat.length / 2 }, (_, i): LonLat => [flat[2 * i] as number, flat[2 * i + 1] as number]);
}

/** How many points {@link greatCircle} gives from `from` to `to`. */
export function greatCirclePointCount(from: LonLat, to: LonLat, options: GreatCircleOptions = {}): number {
  const step = stepOf(options);
  const angle = checkedAngle(from, to);
  if (angle < SAME_PLACE) return 2;
  if (angle > Math.PI - ANTIPODE) {
    const quarter = quarterTurnFrom(from);
    return segmentsOf(centralAngle(from, quarter), step) + segmentsOf(centralAngle(quarter, to), step) + 1;
  }
  return segmentsOf(angle, step) + 1;
}

/**
 * Writes the points of {@link greatCircle} into `out` as longitude, latitude pairs from the pair at
 * `offset`, without a list or an array per point (a hundred thousand arcs have millions of points).
 * `out` must hold {@link greatCirclePointCount} pairs from there. Returns how many points it wrote.
 */
export function writeGreatCircle(from: LonLat, to: LonLat, options: GreatCircleOptions, out: Float64Array, offset = 0): number {
  const step = stepOf(options);
  const angle = checkedAngle(from, to);
  let count: number;
  if (angle < SAME_PLACE) {
    out.set([from[0], from[1], to[0], to[1]], 2 * offset);
    return 2;
  }
  if (angle > Math.PI - ANTIPODE) {
    const quarter = quarterTurnFrom(from);
    const first = densify(from, quarter, step, out, offset);
    // The second half starts at the joint, which the first half ends with.
    count = first + densify(quarter, to, step, out, offset + first - 1) - 1;
  } else {
    count = densify(from, to, step, out, offset);
  }
  alignPoles(out, offset, count);
  unwrapLongitudes(out, offset, count);
  return count;
}

function stepOf(options: GreatCircleOptions): Required<GreatCircleOptions> {
  const maxStepDeg = options.maxStepDeg ?? 2;
  const minSegments = options.minSegments ?? 4;
  if (!(maxStepDeg > 0)) throw new Error(`invalid maxStepDeg: ${maxStepDeg}`);
  if (!(minSegments >= 1)) throw new Error(`invalid minSegments: ${minSegments}`);
  return { maxStepDeg, minSegments };
}

function checkedAngle(from: LonLat, to: LonLat): number {
  const angle = centralAngle(from, to);
  if (!Number.isFinite(angle)) throw new Error(`invalid great circle: ${from} → ${to}`);
  return angle;
}

/** Segments between two points `angle` radians apart: at most `maxStepDeg` each, at least `minSegments`. */
function segmentsOf(angle: number, { maxStepDeg, minSegments }: Required<GreatCircleOptions>): number {
  return Math.max(minSegments, Math.ceil(angle / DEG / maxStepDeg));
}

/**
 * Writes the points from `a` to `b` (both included) along their great circle, at most `maxStepDeg`
 * apart, from pair `offset` of `out` (spherical linear interpolation, as d3-geo's geoInterpolate).
 * Returns how many it wrote.
 */
function densify(a: LonLat, b: LonLat, step: Required<GreatCircleOptions>, out: Float64Array, offset: number): number {
  const angle = centralAngle(a, b);
  const segments = segmentsOf(angle, step);
  const cosA = Math.cos(a[1] * DEG);
  const cosB = Math.cos(b[1] * DEG);
  const xa = cosA * Math.cos(a[0] * DEG);
  const ya = cosA * Math.sin(a[0] * DEG);
  const za = Math.sin(a[1] * DEG);
  const xb = cosB * Math.cos(b[0] * DEG);
  const yb = cosB * Math.sin(b[0] * DEG);
  const zb = Math.sin(b[1] * DEG);
  const sinAngle = Math.sin(angle);
  out[2 * offset] = a[0];
  out[2 * offset + 1] = a[1];
  for (let i = 1; i < segments; i++) {
    const t = i / segments;
    const wb = Math.sin(t * angle) / sinAngle;
    const wa = Math.sin((1 - t) * angle) / sinAngle;
    const x = wa * xa + wb * xb;
    const y = wa * ya + wb * yb;
    const z = wa * za + wb * zb;
    out[2 * (offset + i)] = Math.atan2(y, x) / DEG;
    out[2 * (offset + i) + 1] = Math.atan2(z, Math.sqrt(x * x + y * y)) / DEG;
  }
  out[2 * (offset + segments)] = b[0];
  out[2 * (offset + segments) + 1] = b[1];
  return segments + 1;
}

/** The point on the equator 90° east of `p`'s meridian, which is 90° from `p` and its antipode. */
function quarterTurnFrom(p: LonLat): LonLat {
  return [p[0] + 90, 0];
}

/** Gives an end point lying on a pole, whose longitude means nothing, its neighbour's longitude. */
function alignPoles(out: Float64Array, offset: number, count: number): void {
  const first = 2 * offset;
  const last = 2 * (offset + count - 1);
  if (isPole(out[first + 1] as number)) out[first] = out[first + 2] as number;
  if (isPole(out[last + 1] as number)) out[last] = out[last - 2] as number;
}

function isPole(lat: number): boolean {
  return Math.abs(lat) > 90 - 1e-9;
}

/** Shifts each longitude by whole turns so it is within 180° of the previous one. */
function unwrapLongitudes(out: Float64Array, offset: number, count: number): void {
  for (let i = offset + 1; i < offset + count; i++) {
    const lon = out[2 * i] as number;
    out[2 * i] = lon + 360 * Math.round(((out[2 * i - 2] as number) - lon) / 360);
  }
}

/** Longitude in degrees (any turn) → Web Mercator x, 0 at -180° and 1 at 180°; unbounded. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/**
 * Latitude in degrees → Web Mercator y, 0 at the top edge (85.05° N) and 1 at the bottom
 * (85.05° S); latitudes beyond are clamped to the edges.
 */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));
  const phi = clamped * DEG;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}

/** Central angle between two points on the sphere, in radians (0 to π). */
export function centralAngle(a: LonLat, b: LonLat): number {
  return angleBetween({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] });
}
