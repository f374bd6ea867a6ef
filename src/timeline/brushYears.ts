import type { AtlasState, YearMode } from '../state/state';
import type { YearExtent } from './bins';
import { clampYear } from './yearSteps';

/** An inclusive range of whole years. */
export interface YearRange {
  from: number;
  to: number;
}

/**
 * Whole years covered by a brush, given its edges in continuous year units, where year `y` occupies
 * [y − 0.5, y + 0.5]. A year counts when more than half of its bar is covered; a brush narrower than
 * that selects the year under its middle.
 */
export function selectionToYears(start: number, end: number, extent: YearExtent): YearRange {
  const low = Math.min(start, end);
  const high = Math.max(start, end);
  let from = Math.round(low + 0.5);
  let to = Math.round(high - 0.5);
  if (to < from) {
    from = Math.round((low + high) / 2);
    to = from;
  }
  return { from: clampYear(from, extent.first, extent.last), to: clampYear(to, extent.first, extent.last) };
}

/**
 * The years the brush shows for a state: from the first year of the axis in cumulative mode, the
 * chosen range otherwise; limited to the axis, or null when the window lies wholly outside it.
 */
export function displayedWindow(state: Pick<AtlasState, 'mode' | 'yearFrom' | 'yearTo'>, extent: YearExtent): YearRange | null {
  const low = state.mode === 'cumulative' ? extent.first : Math.min(state.yearFrom, state.yearTo);
  const high = state.mode === 'cumulative' ? state.yearTo : Math.max(state.yearFrom, state.yearTo);
  if (high < extent.first || low > extent.last) return null;
  return { from: Math.max(low, extent.first), to: Math.min(high, extent.last) };
}

/**
 * The years a brush asks for, in the mode the user chose: a brush never switches the mode silently.
 * In cumulative mode ("up to year") the window always starts at the first year, so only the brush's
 * end counts; in range mode the brush is the range of founding years.
 */
export function brushPatch(range: YearRange, mode: YearMode, extent: YearExtent): Pick<AtlasState, 'mode' | 'yearFrom' | 'yearTo'> {
  if (mode === 'cumulative') return { mode, yearFrom: extent.first, yearTo: range.to };
  return { mode, yearFrom: range.from, yearTo: range.to };
}
