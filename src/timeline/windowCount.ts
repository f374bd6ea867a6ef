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

/**
 * A pool's ties grouped by founding year: per distinct year its tie count and the set of its partner
 * countries (a bit per country), and the same for the ties of unknown year. Built once per pool, it
 * answers every year window in time that grows with the years, not the ties: a play through 100,000
 * ties recounts the window each year.
 */
interface YearIndex {
  years: number[];
  ties: number[];
  countries: Uint32Array[];
  unknownTies: number;
  unknownCountries: Uint32Array;
  words: number;
}

const yearIndexes = new WeakMap<readonly Pairing[], YearIndex>();

function yearIndexOf(pairings: readonly Pairing[]): YearIndex {
  const hit = yearIndexes.get(pairings);
  if (hit) return hit;
  const countryBits = new Map<string, number>();
  const bitOf = pairings.map((pairing) => {
    const key = countryKey(pairing);
    let bit = countryBits.get(key);
    if (bit === undefined) {
      bit = countryBits.size;
      countryBits.set(key, bit);
    }
    return bit;
  });
  const words = Math.ceil(countryBits.size / 32);
  const slotOf = new Map<number, number>();
  const index: YearIndex = { years: [], ties: [], countries: [], unknownTies: 0, unknownCountries: new Uint32Array(words), words };
  pairings.forEach((pairing, i) => {
    const bit = bitOf[i]!;
    let set: Uint32Array;
    if (pairing.year === null) {
      index.unknownTies++;
      set = index.unknownCountries;
    } else {
      let slot = slotOf.get(pairing.year);
      if (slot === undefined) {
        slot = index.years.length;
        slotOf.set(pairing.year, slot);
        index.years.push(pairing.year);
        index.ties.push(0);
        index.countries.push(new Uint32Array(words));
      }
      index.ties[slot]!++;
      set = index.countries[slot]!;
    }
    set[bit >>> 5]! |= 1 << (bit & 31);
  });
  yearIndexes.set(pairings, index);
  return index;
}

function bitCount(word: number): number {
  let n = 0;
  for (let w = word; w !== 0; w &= w - 1) n++;
  return n;
}

/** Counts the ties and partner countries the year window shows, with the same rule as the map (see `inYearWindow`). */
export function countInWindow(pairings: readonly Pairing[], window: YearWindow): WindowCount {
  const index = yearIndexOf(pairings);
  const union = new Uint32Array(index.words);
  const add = (set: Uint32Array): void => {
    for (let w = 0; w < union.length; w++) union[w]! |= set[w]!;
  };
  let ties = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  index.years.forEach((year, slot) => {
    if (!inYearWindow({ year }, window)) return;
    ties += index.ties[slot]!;
    first = Math.min(first, year);
    last = Math.max(last, year);
    add(index.countries[slot]!);
  });
  const undated = window.includeUnknown ? index.unknownTies : 0;
  if (undated > 0) add(index.unknownCountries);
  let countries = 0;
  for (const word of union) countries += bitCount(word);
  const count: WindowCount = { ties: ties + undated, countries, unknownTotal: index.unknownTies, undated };
  return first <= last ? { ...count, first, last } : count;
}
