import { describe, expect, it } from 'vitest';
import { countInWindow } from '../../../src/timeline/windowCount';
import { selectYearWindow } from '../../../src/state/yearWindow';
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
