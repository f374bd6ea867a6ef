import type { Pairing } from '../data/schema';
import { inYearWindow, type YearWindow } from '../state/yearWindow';
import { countryKey } from './bins';

/** What the counter reports for a year window. */
export interface WindowCount {
  /** Ties inside the window (undated ones included when the window includes them). */
  ties: number;
  /** Distinct partner countries of those ties. */
  countries: number;
  /** Ties with an unknown year in the whole dataset. */
  unknownTotal: number;
  /** Ties with an unknown year inside the window (0 unless the window includes them). */
  undated?: number;
  /** The earliest and latest founding year of the dated ties inside the window; absent when there is none. */
  first?: number;
  last?: number;
}

/** Counts the ties and partner countries the year window shows, with the same rule as the map. */
export function countInWindow(pairings: readonly Pairing[], window: YearWindow): WindowCount {
  let ties = 0;
  let undated = 0;
  let unknownTotal = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const countries = new Set<string>();
  for (const pairing of pairings) {
    if (pairing.year === null) unknownTotal++;
    if (!inYearWindow(pairing, window)) continue;
    ties++;
    if (pairing.year === null) undated++;
    else {
      first = Math.min(first, pairing.year);
      last = Math.max(last, pairing.year);
    }
    countries.add(countryKey(pairing));
  }
  const count: WindowCount = { ties, countries: countries.size, unknownTotal, undated };
  return first <= last ? { ...count, first, last } : count;
}
