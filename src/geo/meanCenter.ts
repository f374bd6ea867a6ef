/**
 * The centre of a set of [lon, lat] points on the sphere: the direction of the mean of their unit
 * vectors, so points on both sides of the antimeridian average to ±180°, not 0°.
 * Returns null for no points or points that cancel out (e.g. two antipodes).
 */
export function meanCenter(points: Iterable<[number, number]>): [number, number] | null {
  let x = 0;
  let y = 0;
  let z = 0;
  const rad = Math.PI / 180;
  for (const [lon, lat] of points) {
    const cosLat = Math.cos(lat * rad);
    x += cosLat * Math.cos(lon * rad);
    y += cosLat * Math.sin(lon * rad);
    z += Math.sin(lat * rad);
  }
  const r = Math.hypot(x, y, z);
  if (r < 1e-9) return null;
  return [Math.atan2(y, x) / rad, Math.asin(z / r) / rad];
}
