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
  const maxStepDeg = options.maxStepDeg ?? 2;
  const minSegments = options.minSegments ?? 4;
  if (!(maxStepDeg > 0)) throw new Error(`invalid maxStepDeg: ${maxStepDeg}`);
  if (!(minSegments >= 1)) throw new Error(`invalid minSegments: ${minSegments}`);

  const angle = centralAngle(from, to);
  if (!Number.isFinite(angle)) throw new Error(`invalid great circle: ${from} → ${to}`);
  if (angle < SAME_PLACE)
    return [
      [from[0], from[1]],
      [to[0], to[1]],
    ];

  const step = { maxStepDeg, minSegments };
  const raw =
    angle > Math.PI - ANTIPODE ? joinHalves(densify(from, quarterTurnFrom(from), step), densify(quarterTurnFrom(from), to, step)) : densify(from, to, step);
  return unwrapLongitudes(alignPoles(raw));
}

/** Points from `a` to `b` (both included) along their great circle, at most `maxStepDeg` apart. */
function densify(a: LonLat, b: LonLat, { maxStepDeg, minSegments }: Required<GreatCircleOptions>): LonLat[] {
  const angle = centralAngle(a, b);
  const segments = Math.max(minSegments, Math.ceil(angle / DEG / maxStepDeg));
  const at = slerp(a, b, angle);
  const points: LonLat[] = [[a[0], a[1]]];
  for (let i = 1; i < segments; i++) points.push(at(i / segments));
  points.push([b[0], b[1]]);
  return points;
}

/** A position as a unit vector from the Earth's centre. */
function unitVector([lon, lat]: LonLat): [number, number, number] {
  const cosLat = Math.cos(lat * DEG);
  return [cosLat * Math.cos(lon * DEG), cosLat * Math.sin(lon * DEG), Math.sin(lat * DEG)];
}

/**
 * The point a fraction `t` of the way from `a` to `b` along their great circle (spherical linear
 * interpolation, as d3-geo's geoInterpolate), given their central angle (0 < angle < π).
 */
function slerp(a: LonLat, b: LonLat, angle: number): (t: number) => LonLat {
  const [xa, ya, za] = unitVector(a);
  const [xb, yb, zb] = unitVector(b);
  const sinAngle = Math.sin(angle);
  return (t) => {
    const wb = Math.sin(t * angle) / sinAngle;
    const wa = Math.sin((1 - t) * angle) / sinAngle;
    const x = wa * xa + wb * xb;
    const y = wa * ya + wb * yb;
    const z = wa * za + wb * zb;
    return [Math.atan2(y, x) / DEG, Math.atan2(z, Math.hypot(x, y)) / DEG];
  };
}

/** Two paths sharing their joint point, as one path. */
function joinHalves(first: LonLat[], second: LonLat[]): LonLat[] {
  return first.concat(second.slice(1));
}

/** The point on the equator 90° east of `p`'s meridian, which is 90° from `p` and its antipode. */
function quarterTurnFrom(p: LonLat): LonLat {
  return [p[0] + 90, 0];
}

/** Gives an end point lying on a pole, whose longitude means nothing, its neighbour's longitude. */
function alignPoles(points: LonLat[]): LonLat[] {
  const last = points.length - 1;
  const first = points[0];
  const second = points[1];
  const beforeLast = points[last - 1];
  const end = points[last];
  if (first && second && isPole(first[1])) points[0] = [second[0], first[1]];
  if (end && beforeLast && isPole(end[1])) points[last] = [beforeLast[0], end[1]];
  return points;
}

function isPole(lat: number): boolean {
  return Math.abs(lat) > 90 - 1e-9;
}

/** Shifts each longitude by whole turns so it is within 180° of the previous one. */
function unwrapLongitudes(points: LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let previous = Number.NaN;
  for (const [lon, lat] of points) {
    let unwrapped = lon;
    if (!Number.isNaN(previous)) {
      unwrapped = lon + 360 * Math.round((previous - lon) / 360);
    }
    out.push([unwrapped, lat]);
    previous = unwrapped;
  }
  return out;
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
