/**
 * Great-circle distance on a spherical Earth: the one radius and the one haversine the app, the importer
 * and the build scripts use. Pure: no DOM, no maplibre.
 */

/** Mean Earth radius in metres (IUGG R1), the sphere every distance in the atlas is measured on. */
export const EARTH_RADIUS_M = 6371008.8;

/** Mean Earth radius in kilometres. */
export const EARTH_RADIUS_KM = EARTH_RADIUS_M / 1000;

/** A point in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Central angle in radians between two points (haversine, stable for near and antipodal points). */
export function centralAngle(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance in kilometres between two points. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return centralAngle(a, b) * EARTH_RADIUS_KM;
}
