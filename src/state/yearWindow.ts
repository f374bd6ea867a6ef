import type { Pairing } from '../data/schema';
import type { AtlasState } from './state';

/** The inclusive range of founding years shown, and whether undated pairings are shown too. */
export interface YearWindow {
  from: number;
  to: number;
  includeUnknown: boolean;
}

/** The year window the state asks for: cumulative mode shows everything founded up to `yearTo`. */
export function selectYearWindow(
  state: Pick<AtlasState, 'yearFrom' | 'yearTo' | 'mode' | 'includeUnknown'>,
): YearWindow {
  const from = state.mode === 'cumulative' ? Number.NEGATIVE_INFINITY : state.yearFrom;
  return { from, to: state.yearTo, includeUnknown: state.includeUnknown };
}

/** Whether a pairing falls inside the window. */
export function inYearWindow(pairing: Pick<Pairing, 'year'>, window: YearWindow): boolean {
  if (pairing.year === null) return window.includeUnknown;
  return pairing.year >= window.from && pairing.year <= window.to;
}
