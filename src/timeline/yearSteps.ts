import type { AtlasState } from '../state/state';
import type { YearExtent } from './bins';

/** The year fields a step or jump changes. */
export type YearPatch = Pick<AtlasState, 'yearFrom' | 'yearTo'>;

type YearFields = Pick<AtlasState, 'mode' | 'yearFrom' | 'yearTo'>;

/** `value` limited to [min, max]. */
export function clampYear(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The range-mode window inside the extent, ordered, keeping its width when it fits. */
function rangeInExtent(state: YearFields, extent: YearExtent): YearPatch {
  const low = Math.min(state.yearFrom, state.yearTo);
  const high = Math.max(state.yearFrom, state.yearTo);
  const width = Math.min(high - low, extent.last - extent.first);
  const yearFrom = clampYear(low, extent.first, extent.last - width);
  return { yearFrom, yearTo: yearFrom + width };
}

/**
 * Moves the window by `delta` years, staying inside the axis: in cumulative mode the end year moves;
 * in range mode the whole window slides and keeps its width.
 */
export function stepYears(state: YearFields, delta: number, extent: YearExtent): YearPatch {
  if (state.mode === 'cumulative') {
    const yearTo = clampYear(clampYear(state.yearTo, extent.first, extent.last) + delta, extent.first, extent.last);
    return { yearFrom: Math.min(state.yearFrom, yearTo), yearTo };
  }
  const range = rangeInExtent(state, extent);
  const width = range.yearTo - range.yearFrom;
  const yearFrom = clampYear(range.yearFrom + delta, extent.first, extent.last - width);
  return { yearFrom, yearTo: yearFrom + width };
}

/** Jumps to the first or the last year of the axis (range mode keeps the window's width). */
export function jumpYears(state: YearFields, to: 'start' | 'end', extent: YearExtent): YearPatch {
  if (state.mode === 'cumulative') {
    const yearTo = to === 'start' ? extent.first : extent.last;
    return { yearFrom: Math.min(state.yearFrom, yearTo), yearTo };
  }
  const range = rangeInExtent(state, extent);
  const width = range.yearTo - range.yearFrom;
  const yearFrom = to === 'start' ? extent.first : extent.last - width;
  return { yearFrom, yearTo: yearFrom + width };
}
