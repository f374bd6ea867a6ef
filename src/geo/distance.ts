/**
 * Great-circle distance on a spherical Earth: the one radius and the one central angle the app, the importer
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

/**
 * Central angle in radians between two points, 0 to π: the atan2 form of Vincenty's formula on the
 * sphere, accurate for near, far and antipodal points alike (the haversine's asin loses digits near π).
 */
export function centralAngle(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const phiA = a.lat * rad;
  const phiB = b.lat * rad;
  const dLon = (b.lon - a.lon) * rad;
  const cosB = Math.cos(phiB);
  const x = cosB * Math.sin(dLon);
  const y = Math.cos(phiA) * Math.sin(phiB) - Math.sin(phiA) * cosB * Math.cos(dLon);
  const z = Math.sin(phiA) * Math.sin(phiB) + Math.cos(phiA) * cosB * Math.cos(dLon);
  return Math.atan2(Math.hypot(x, y), z);
}

/** Great-circle distance in kilometres between two points. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return centralAngle(a, b) * EARTH_RADIUS_KM;
}
