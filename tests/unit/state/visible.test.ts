import { describe, expect, test } from 'vitest';
import { selectCities } from '../../../src/state/cities';
import { selectVisible, visibleTiesOf } from '../../../src/state/visible';
import { inYearWindow, selectYearWindow } from '../../../src/state/yearWindow';
import { pairing } from '../pairing';

const dataset = {
  title: 't',
  totals: [],
  pairings: [
    pairing({ id: 'a', year: 1979 }),
    pairing({ id: 'b', year: 1985, partner: { nameEn: 'Nagoya', iso2: 'JP', region: 'east-asia' } }),
    pairing({
      id: 'c',
      year: null,
      partner: { nameEn: 'Perth', iso2: 'AU', region: 'oceania', lat: null, lon: null },
      notOnMap: 'partner-coordinates-missing',
    }),
  ],
};

describe('selectYearWindow', () => {
  test('selectYearWindow(state) opens the start in cumulative mode', () => {
    expect(selectYearWindow({ yearFrom: 1980, yearTo: 1990, mode: 'cumulative', includeUnknown: false }).from).toBe(-Infinity);
    expect(selectYearWindow({ yearFrom: 1980, yearTo: 1990, mode: 'range', includeUnknown: false }).from).toBe(1980);
  });

  test('inYearWindow(pairing, window) includes both ends and unknown years only on request', () => {
    const w = { from: 1979, to: 1985, includeUnknown: false };
    expect(inYearWindow({ year: 1979 }, w)).toBe(true);
    expect(inYearWindow({ year: 1985 }, w)).toBe(true);
    expect(inYearWindow({ year: 1986 }, w)).toBe(false);
    expect(inYearWindow({ year: null }, w)).toBe(false);
    expect(inYearWindow({ year: null }, { ...w, includeUnknown: true })).toBe(true);
  });
});

describe('selectVisible', () => {
  test('selectVisible(dataset, window) counts ties, cities, regions and countries in the window', () => {
    const v = selectVisible(dataset, { from: -Infinity, to: 1980, includeUnknown: true });
    expect([...v.pairing]).toEqual([1, 0, 1]);
    expect(v.total).toBe(2);
    expect(v.onMap).toBe(1);
    expect(v.countries).toBe(2);
    expect(v.byRegion.get('north-america')).toBe(1);
    expect(v.byRegion.get('oceania')).toBe(1);
    expect([...v.cnTies]).toEqual([2]);
  });

  test('selectVisible(dataset, window) leaves out undated ties when asked', () => {
    const v = selectVisible(dataset, { from: 1980, to: 1990, includeUnknown: false });
    expect([...v.pairing]).toEqual([0, 1, 0]);
    expect(v.countries).toBe(1);
  });
});

describe('visibleTiesOf', () => {
  test('visibleTiesOf(visible, index, city) reads the visible ties of a Chinese unit and of a partner', () => {
    const index = selectCities(dataset);
    const visible = selectVisible(dataset, { from: 1980, to: 1990, includeUnknown: false });
    const nagoya = index.partner.find((c) => c.nameEn === 'Nagoya')!;
    const other = index.partner.find((c) => c.nameEn !== 'Nagoya' && c.nameEn !== 'Perth')!;
    expect(visibleTiesOf(visible, index, nagoya)).toBe(1);
    expect(visibleTiesOf(visible, index, other)).toBe(0);
    expect(visibleTiesOf(visible, index, index.cn[0]!)).toBe(1);
    expect(visibleTiesOf(selectVisible(dataset, { from: 1970, to: 2000, includeUnknown: true }), index, index.cn[0]!)).toBe(3);
  });
});
