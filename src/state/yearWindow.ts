import type { Pairing } from '../data/schema';
import type { AtlasState } from './state';

/** The inclusive range of founding years shown, and whether undated pairings are shown too. */
export interface YearWindow {
  from: number;
  to: number;
  includeUnknown: boolean;
}

/**
 * The year window the state asks for. Cumulative mode shows everything founded up to `yearTo`, plus the
 * undated ties when `includeUnknown` is on. Range mode shows only ties founded in [yearFrom, yearTo]: an
 * undated tie was never "founded in 1990–1999", so range mode leaves undated ties out whatever
 * `includeUnknown` says.
 */
export function selectYearWindow(state: Pick<AtlasState, 'yearFrom' | 'yearTo' | 'mode' | 'includeUnknown'>): YearWindow {
  if (state.mode === 'cumulative') {
    return { from: Number.NEGATIVE_INFINITY, to: state.yearTo, includeUnknown: state.includeUnknown };
  }
  return { from: state.yearFrom, to: state.yearTo, includeUnknown: false };
}

/** Whether a pairing falls inside the window. */
export function inYearWindow(pairing: Pick<Pairing, 'year'>, window: YearWindow): boolean {
  if (pairing.year === null) return window.includeUnknown;
  return pairing.year >= window.from && pairing.year <= window.to;
}
