/**
 * Which strip vertices the arc layer draws for a year window. Arcs are sorted by year, those of
 * unknown year first (see arcGeometry.ts), so any window is at most two runs of arcs, and each run
 * is one contiguous range of vertices per level of detail. Pure, tested in Node.
 */
import { ARC_UNKNOWN_YEAR } from './arcTypes';

/** First index in sorted `years` whose year is at least `year` (or after it, when `after`). */
function bound(years: Float64Array, year: number, after: boolean): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const y = years[mid] as number;
    if (after ? y <= year : y < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The runs of arcs (index ranges [start, end) into `years`, which is sorted as in
 * `ArcGeometry.years`) that fall in the window; `from` may be -Infinity. At most two runs:
 * the undated arcs, and the dated ones; adjacent runs are merged.
 */
export function arcRunsInWindow(years: Float64Array, from: number, to: number, includeUnknown: boolean): [number, number][] {
  const unknownEnd = bound(years, ARC_UNKNOWN_YEAR, true);
  const start = Math.max(unknownEnd, bound(years, from, false));
  const end = Math.max(start, bound(years, to, true));
  const runs: [number, number][] = [];
  if (includeUnknown && unknownEnd > 0) runs.push([0, unknownEnd]);
  if (end > start) {
    const previous = runs[runs.length - 1];
    if (previous && previous[1] === start) previous[1] = end;
    else runs.push([start, end]);
  }
  return runs;
}

/**
 * The vertices that draw a run of arcs at one level of detail, as a triangle strip or as lines,
 * given that level's `firstPoints` (see `ArcGeometry.firstPoints`), as [first vertex, vertex
 * count]: two per point from the first point of arc `start` to the last point of arc `end - 1`,
 * the separators between the run's arcs included (they draw nothing) and the one after it left out.
 */
export function verticesOfRun(firstPoints: Uint32Array, [start, end]: [number, number]): [number, number] {
  const first = firstPoints[start] as number;
  return [2 * first, Math.max(0, 2 * ((firstPoints[end] as number) - 1 - first))];
}
