import { describe, expect, test } from 'vitest';
import { clearFilters } from '../../../src/state/filters';
import { selectPool } from '../../../src/state/pool';
import { selectViewScope } from '../../../src/state/viewScope';
import { selectStateVisible } from '../../../src/state/visible';
import { tieFixture } from './tieFixture';

const data = tieFixture();
const base = { dataset: data, home: null, sub: true, filters: clearFilters() };
const wuxi = { side: 'cn' as const, key: '320200' };

describe('selectViewScope', () => {
  test('selectViewScope(state) is null without a home or a selection', () => {
    expect(selectViewScope({ ...base, selected: null })).toBeNull();
  });

  test('selectViewScope(state) narrows the view to the selected city’s ties', () => {
    expect([...selectViewScope({ ...base, selected: wuxi })!]).toEqual([0, 1, 1, 0, 0]);
  });

  test('selectViewScope(state) returns the same scope for an equal selection', () => {
    expect(selectViewScope({ ...base, selected: { ...wuxi } })).toBe(selectViewScope({ ...base, selected: { ...wuxi } }));
  });

  test('selectViewScope(state) narrows nothing for a city the dataset does not have', () => {
    expect(selectViewScope({ ...base, selected: { side: 'cn', key: 'nowhere' } })).toBeNull();
  });

  test('selectPool(state) with a selected city holds only that city’s ties', () => {
    expect(selectPool({ ...base, selected: wuxi }).pairings.map((p) => p.id)).toEqual(['wuxi--akashi', 'wuxi--perth']);
  });

  test('selectStateVisible(state) with a selected city counts its ties for the legend', () => {
    const visible = selectStateVisible({ ...base, selected: wuxi, yearFrom: 1979, yearTo: 2026, mode: 'cumulative', includeUnknown: true });
    expect([visible.total, visible.countries, visible.byRegion.get('oceania')]).toEqual([2, 2, 1]);
  });
});
