import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pairing } from '../../../src/data/schema';
import { countryKey } from '../../../src/timeline/bins';
import { countInWindow, type WindowCount } from '../../../src/timeline/windowCount';
import { inYearWindow, selectYearWindow, type YearWindow } from '../../../src/state/yearWindow';
import { pairing } from './pairingFixture';

const PAIRINGS = [pairing('a', 1979, 'US'), pairing('b', 1979, 'JP'), pairing('c', 1985, 'US'), pairing('d', null, 'DE')];

describe('countInWindow', () => {
  it('countInWindow(pairings, window) counts ties and countries up to a year in cumulative mode', () => {
    const window = selectYearWindow({ mode: 'cumulative', yearFrom: 1985, yearTo: 1980, includeUnknown: false });
    expect(countInWindow(PAIRINGS, window)).toEqual({ ties: 2, countries: 2, unknownTotal: 1, undated: 0, first: 1979, last: 1979 });
  });

  it('countInWindow(pairings, window) counts only the range in range mode', () => {
    const window = selectYearWindow({ mode: 'range', yearFrom: 1980, yearTo: 1990, includeUnknown: false });
    expect(countInWindow(PAIRINGS, window)).toEqual({ ties: 1, countries: 1, unknownTotal: 1, undated: 0, first: 1985, last: 1985 });
  });

  it('countInWindow(pairings, window) adds undated ties when the window includes them', () => {
    const window = selectYearWindow({ mode: 'cumulative', yearFrom: 1980, yearTo: 1980, includeUnknown: true });
    expect(countInWindow(PAIRINGS, window)).toEqual({ ties: 3, countries: 3, unknownTotal: 1, undated: 1, first: 1979, last: 1979 });
  });

  it('countInWindow(pairings, window) never counts undated ties as founded in a range', () => {
    const window = selectYearWindow({ mode: 'range', yearFrom: 1980, yearTo: 1990, includeUnknown: true });
    expect(countInWindow(PAIRINGS, window)).toEqual({ ties: 1, countries: 1, unknownTotal: 1, undated: 0, first: 1985, last: 1985 });
  });

  it('countInWindow(pairings, window) spans the founding years of the dated ties shown, and leaves the span out without one', () => {
    const all = selectYearWindow({ mode: 'cumulative', yearFrom: 1979, yearTo: 1990, includeUnknown: true });
    expect(countInWindow(PAIRINGS, all)).toMatchObject({ first: 1979, last: 1985 });
    const undatedOnly = countInWindow([pairing('d', null, 'DE')], all);
    expect('first' in undatedOnly || 'last' in undatedOnly).toBe(false);
  });
});

/** The rule itself, tie by tie: what countInWindow must agree with. */
function countTieByTie(pairings: readonly Pairing[], window: YearWindow): WindowCount {
  const shown = pairings.filter((p) => inYearWindow(p, window));
  const dated = shown.flatMap((p) => (p.year === null ? [] : [p.year]));
  const count: WindowCount = {
    ties: shown.length,
    countries: new Set(shown.map(countryKey)).size,
    unknownTotal: pairings.filter((p) => p.year === null).length,
    undated: shown.filter((p) => p.year === null).length,
  };
  return dated.length > 0 ? { ...count, first: Math.min(...dated), last: Math.max(...dated) } : count;
}

describe('countInWindow under generated pools and windows', () => {
  it('agrees with counting tie by tie, for any years (unknown, invalid, repeated) and up to 70 countries', () => {
    const year = fc.oneof(fc.constant(null), fc.integer({ min: 1950, max: 2030 }), fc.constant(Number.NaN), fc.double({ min: 1950, max: 2030, noNaN: true }));
    const tie = fc.record({ year, country: fc.integer({ min: 0, max: 69 }) });
    const window = fc.record({
      from: fc.oneof(fc.constant(Number.NEGATIVE_INFINITY), fc.integer({ min: 1940, max: 2040 })),
      to: fc.integer({ min: 1940, max: 2040 }),
      includeUnknown: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(tie, { maxLength: 200 }), fc.array(window, { minLength: 1, maxLength: 5 }), (ties, windows) => {
        const pool = ties.map((t, i) => pairing(`p${i}`, t.year, `C${t.country}`));
        for (const w of windows) expect(countInWindow(pool, w)).toEqual(countTieByTie(pool, w));
      }),
      { numRuns: 300 },
    );
  });
});
