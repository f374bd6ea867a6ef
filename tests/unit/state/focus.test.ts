import { describe, expect, test } from 'vitest';
import { clearFilters } from '../../../src/state/filters';
import { selectCityTies, selectFocus } from '../../../src/state/focus';
import { selectVisible } from '../../../src/state/visible';
import { tieFixture } from './tieFixture';

const data = tieFixture();
const all = { from: -Infinity, to: 3000, includeUnknown: true };

describe('focus', () => {
  test('selectFocus(dataset, filters, null) keeps every year of the filtered ties', () => {
    const focus = selectFocus(data, { ...clearFilters(), country: ['US'] }, null);
    expect(focus.pairings.map((p) => p.id)).toEqual(['nanjing--st-louis', 'hefei--st-louis']);
    expect([...focus.mask]).toEqual([1, 0, 0, 0, 1]);
  });

  test('selectFocus(dataset, filters, city) narrows to the selected city', () => {
    const focus = selectFocus(data, clearFilters(), { side: 'cn', key: '320200' });
    expect(focus.pairings.map((p) => p.id)).toEqual(['wuxi--akashi', 'wuxi--perth']);
    expect(selectFocus(data, clearFilters(), { side: 'partner', key: 'JP|Akashi|city' }).pairings).toHaveLength(2);
  });

  test("selectCityTies(dataset, visible, ref) counts a city's visible ties, dated and undated", () => {
    const ties = selectCityTies(data, selectVisible(data, all).pairing, { side: 'cn', key: '320200' });
    expect(ties).toMatchObject({ ties: 2, dated: 1, undated: 1, countries: 2, pairings: [1, 2], point: [120.31, 31.49] });
    expect(ties!.others).toEqual([
      [134.99, 34.64],
      [115.86, -31.95],
    ]);
  });

  test('selectCityTies(dataset, visible, ref) follows the window and skips ties not on the map', () => {
    const visible = selectVisible(data, { from: -Infinity, to: 1990, includeUnknown: true }).pairing;
    const hefei = selectCityTies(data, visible, { side: 'cn', key: '340100' });
    expect(hefei).toMatchObject({ ties: 1, dated: 0, undated: 1, others: [] });
  });

  test('selectCityTies(dataset, visible, ref) returns null for an unknown city', () => {
    expect(selectCityTies(data, selectVisible(data, all).pairing, { side: 'cn', key: 'nowhere' })).toBeNull();
  });
});
