import { describe, expect, test } from 'vitest';
import {
  clearFilters,
  compileFilters,
  filtersKey,
  hasFilters,
  matchesFilters,
  parseFilters,
  passesCompiled,
  selectFilterCodes,
  selectFilterColumn,
  toggleFilter,
  type Filters,
} from '../../../src/state/filters';
import { tieFixture } from './tieFixture';

const data = tieFixture();

describe('filters', () => {
  test('clearFilters() filters nothing', () => {
    expect(hasFilters(clearFilters())).toBe(false);
    expect(data.pairings.every((p) => matchesFilters(p, clearFilters()))).toBe(true);
  });

  test('matchesFilters(pairing, filters) ORs codes within a dimension and ANDs dimensions', () => {
    const filters = { ...clearFilters(), country: ['JP', 'AU'], province: ['Jiangsu'] };
    expect(data.pairings.map((p) => matchesFilters(p, filters))).toEqual([false, true, true, false, false]);
  });

  test('matchesFilters(pairing, filters) reads region, relation, level and year status codes', () => {
    expect(data.pairings.filter((p) => matchesFilters(p, { ...clearFilters(), region: ['oceania'] })).map((p) => p.id)).toEqual(['wuxi--perth']);
    expect(data.pairings.filter((p) => matchesFilters(p, { ...clearFilters(), relation: ['unknown'] })).length).toBe(2);
    expect(data.pairings.filter((p) => matchesFilters(p, { ...clearFilters(), yearStatus: ['unknown'] })).length).toBe(2);
    expect(data.pairings.filter((p) => matchesFilters(p, { ...clearFilters(), level: ['county'] })).length).toBe(0);
  });

  test('toggleFilter(filters, dimension, code) adds a code, then removes it', () => {
    const on = toggleFilter(clearFilters(), 'country', 'JP');
    expect(on.country).toEqual(['JP']);
    expect(toggleFilter(on, 'country', 'JP').country).toEqual([]);
  });

  test('parseFilters(value) keeps string codes of known dimensions and drops the rest', () => {
    const filters = parseFilters({ country: ['JP', 3, 'JP', ''], region: 'europe', colour: ['red'] });
    expect(filters).toEqual({ ...clearFilters(), country: ['JP'], region: ['europe'] });
    expect(parseFilters(null)).toEqual(clearFilters());
  });

  test('filtersKey(filters) ignores code order', () => {
    expect(filtersKey({ ...clearFilters(), country: ['JP', 'US'] })).toBe(filtersKey({ ...clearFilters(), country: ['US', 'JP'] }));
    expect(filtersKey(clearFilters())).toBe('');
  });

  test('passesCompiled(codes, compiled, i) agrees with matchesFilters', () => {
    const f: Filters = { ...clearFilters(), country: ['US'], relation: ['unknown'] };
    const codes = selectFilterCodes(data);
    const compiled = compileFilters(codes, f);
    expect(data.pairings.map((_, i) => passesCompiled(codes, compiled, i))).toEqual(data.pairings.map((p) => matchesFilters(p, f)));
  });

  test('selectFilterCodes(dataset) gathers the columns selectFilterColumn built, without recomputing them', () => {
    const fresh = { ...data, pairings: [...data.pairings] };
    const country = selectFilterColumn(fresh, 'country');
    expect(selectFilterCodes(fresh).of.country).toBe(country.of);
    expect(selectFilterCodes(fresh).options.country).toBe(country.options);
  });

  test('selectFilterCodes(dataset) is memoised per dataset', () => {
    expect(selectFilterCodes(data)).toBe(selectFilterCodes(data));
    expect(selectFilterCodes(data).options.country).toEqual(['US', 'JP', 'AU']);
  });
});
