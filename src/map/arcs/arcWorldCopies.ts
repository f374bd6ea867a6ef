/**
 * Which copies of the world the arc layer draws on the Mercator map, where the map repeats
 * sideways. An arc starts inside the world square (x 0..1) and, its longitudes unwrapped, reaches
 * at most half a world beyond either edge, so copy k covers at most x from k − 0.5 to k + 1.5;
 * given the actual extent of the arcs, copy k covers it shifted by k. Each copy costs a full
 * pass over the arcs' vertices, so the layer skips those the view cannot show.
 */

/** Most copies drawn at once; at zoom 0 on a very wide screen the outermost may be skipped. */
const MAX_COPIES = 7;

/** The widest extent of arcs in Mercator x: half a world beyond either edge of the world square. */
const WIDEST: readonly [number, number] = [-0.5, 1.5];

/**
 * Offsets (in world widths) of the copies that can show arcs between longitudes `west` and `east`
 * (degrees, as `map.getBounds()` gives them, possibly beyond ±180), nearest the centre first.
 * `extent` is the arcs' smallest and largest Mercator x (unwrapped); by default the widest possible.
 */
export function mercatorWorldCopies(west: number, east: number, extent: readonly [number, number] = WIDEST): number[] {
  if (!Number.isFinite(west) || !Number.isFinite(east)) return [-1, 0, 1];
  const xWest = (Math.min(west, east) + 180) / 360;
  const xEast = (Math.max(west, east) + 180) / 360;
  const [xMin, xMax] = extent;
  // Copy k shows x from k + xMin to k + xMax.
  const first = Math.ceil(xWest - xMax);
  const last = Math.floor(xEast - xMin);
  const centre = Math.round((xWest + xEast) / 2 - 0.5);
  const copies: number[] = [];
  // `+ 0` turns the -0 that Math.ceil gives for -0.9 into 0.
  for (let k = first; k <= last; k++) copies.push(k + 0);
  copies.sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre) || a - b);
  return copies.slice(0, MAX_COPIES);
}
