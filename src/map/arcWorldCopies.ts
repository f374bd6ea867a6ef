/**
 * Which copies of the world the arc layer draws on the Mercator map, where the map repeats
 * sideways. An arc starts inside the world square (x 0..1) and, its longitudes unwrapped, reaches
 * at most half a world beyond either edge, so copy k covers x from k − 0.5 to k + 1.5.
 */

/** Most copies drawn at once; at zoom 0 on a very wide screen the outermost may be skipped. */
const MAX_COPIES = 7;

/**
 * Offsets (in world widths) of the copies that can show arcs between longitudes `west` and `east`
 * (degrees, as `map.getBounds()` gives them, possibly beyond ±180), nearest the centre first.
 */
export function mercatorWorldCopies(west: number, east: number): number[] {
  if (!Number.isFinite(west) || !Number.isFinite(east)) return [-1, 0, 1];
  const xWest = (Math.min(west, east) + 180) / 360;
  const xEast = (Math.max(west, east) + 180) / 360;
  const first = Math.ceil(xWest - 1.5);
  const last = Math.floor(xEast + 0.5);
  const centre = Math.round((xWest + xEast) / 2 - 0.5);
  const copies: number[] = [];
  // `+ 0` turns the -0 that Math.ceil gives for -0.9 into 0.
  for (let k = first; k <= last; k++) copies.push(k + 0);
  copies.sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre) || a - b);
  return copies.slice(0, MAX_COPIES);
}
