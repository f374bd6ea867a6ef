import type { NotOnMapReason } from './schema';

/** A point as read from data: either coordinate may be missing. */
export interface MaybePoint {
  lat: number | null;
  lon: number | null;
}

/** Whether a latitude/longitude pair is finite and inside [-90, 90] × [-180, 180]. */
export function isValidLatLon(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

function hasBoth(point: MaybePoint): boolean {
  return point.lat !== null && point.lon !== null;
}

function inRange(point: MaybePoint): boolean {
  return point.lat !== null && point.lon !== null && isValidLatLon(point.lat, point.lon);
}

/**
 * Why a pairing with these two points cannot be drawn, or null when it can.
 * A side missing either coordinate counts as missing; missing coordinates take precedence over
 * out-of-range ones, so the code names the side that needs a point.
 */
export function coordinateReason(cn: MaybePoint, partner: MaybePoint): NotOnMapReason | null {
  const cnMissing = !hasBoth(cn);
  const partnerMissing = !hasBoth(partner);
  if (cnMissing && partnerMissing) return 'coordinates-missing';
  if (cnMissing) return 'cn-coordinates-missing';
  if (partnerMissing) return 'partner-coordinates-missing';
  if (!inRange(cn) || !inRange(partner)) return 'coordinates-out-of-range';
  return null;
}

/**
 * The point to store for one side: both coordinates when they form a valid point, else both null,
 * so a record never carries half a point or an unusable one.
 */
export function usablePoint(point: MaybePoint): MaybePoint {
  return inRange(point) ? { lat: point.lat, lon: point.lon } : { lat: null, lon: null };
}
