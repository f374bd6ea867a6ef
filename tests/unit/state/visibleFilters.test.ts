import { describe, expect, test } from 'vitest';
import { clearFilters } from '../../../src/state/filters';
import { selectVisible } from '../../../src/state/visible';
import { selectYearWindow } from '../../../src/state/yearWindow';
import { pairing } from '../pairing';
import { tieFixture } from './tieFixture';

const data = tieFixture();

describe('selectVisible with filters and undated ties', () => {
  test('selectYearWindow(state) leaves undated ties out of range mode even when they are included', () => {
    expect(selectYearWindow({ yearFrom: 1990, yearTo: 1999, mode: 'range', includeUnknown: true }).includeUnknown).toBe(false);
    expect(selectYearWindow({ yearFrom: 1990, yearTo: 1999, mode: 'cumulative', includeUnknown: true }).includeUnknown).toBe(true);
  });

  test('selectVisible(dataset, rangeWindow) counts only ties founded in the range', () => {
    const v = selectVisible(data, selectYearWindow({ yearFrom: 1979, yearTo: 1979, mode: 'range', includeUnknown: true }));
    expect([...v.pairing]).toEqual([1, 0, 0, 0, 0]);
    expect([v.total, v.dated, v.undated]).toEqual([1, 1, 0]);
  });

  test('selectVisible(dataset, cumulativeWindow) counts dated and undated ties apart', () => {
    const v = selectVisible(data, selectYearWindow({ yearFrom: 1979, yearTo: 1990, mode: 'cumulative', includeUnknown: true }));
    expect([v.total, v.dated, v.undated, v.onMap, v.undatedOnMap]).toEqual([4, 2, 2, 3, 1]);
  });

  test('selectVisible(dataset, window, filters) keeps only the ties that pass the filters', () => {
    const window = { from: -Infinity, to: 3000, includeUnknown: true };
    const v = selectVisible(data, window, { ...clearFilters(), country: ['JP'] });
    expect([...v.pairing]).toEqual([0, 1, 0, 1, 0]);
    expect([...v.cnTies]).toEqual([0, 1, 1]);
    expect(v.countries).toBe(1);
    expect(selectVisible(data, window).total).toBe(5);
  });

  test('selectVisible(dataset, window, filters) is memoised by value', () => {
    const window = { from: -Infinity, to: 3000, includeUnknown: true };
    const a = selectVisible(data, window, { ...clearFilters(), country: ['JP', 'US'] });
    expect(selectVisible(data, { ...window }, { ...clearFilters(), country: ['US', 'JP'] })).toBe(a);
  });

  test('selectVisible(dataset, window, filters) handles 100,000 pairings', () => {
    const pairings = Array.from({ length: 100_000 }, (_, i) =>
      pairing({ id: `p${i}`, year: i % 10 === 0 ? null : 1970 + (i % 50), partner: { iso2: i % 3 === 0 ? 'JP' : 'US', nameEn: `P${i % 5000}` } }),
    );
    const big = { title: 'big', totals: [], pairings };
    const v = selectVisible(big, { from: 1990, to: 1999, includeUnknown: false }, { ...clearFilters(), country: ['JP'] });
    const expected = pairings.filter((p, i) => p.year !== null && p.year >= 1990 && p.year <= 1999 && i % 3 === 0).length;
    expect(v.total).toBe(expected);
    expect(v.undated).toBe(0);
  }, 60_000);
});
