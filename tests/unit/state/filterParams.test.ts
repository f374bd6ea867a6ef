import { describe, expect, test } from 'vitest';
import { parseFilterParams, serializeFilterParams } from '../../../src/state/filterParams';
import { clearFilters, type Filters } from '../../../src/state/filters';

describe('filterParams', () => {
  test('parseFilterParams(params) reads comma-separated codes per dimension', () => {
    const filters = parseFilterParams(new URLSearchParams('?country=JP,KR&status=sourced&relation=friendship+city'));
    expect(filters).toEqual({ ...clearFilters(), country: ['JP', 'KR'], yearStatus: ['sourced'], relation: ['friendship city'] });
  });

  test('serializeFilterParams(filters) omits dimensions without a filter', () => {
    expect(serializeFilterParams(clearFilters())).toEqual({});
    expect(serializeFilterParams({ ...clearFilters(), region: ['europe', 'africa'] })).toEqual({ region: 'europe,africa' });
  });

  test('parseFilterParams(serializeFilterParams(filters)) round-trips codes with commas and percent signs', () => {
    const filters: Filters = { ...clearFilters(), country: ['Korea, Republic of', '100%'], province: ['Jiangsu'] };
    const url = new URLSearchParams(serializeFilterParams(filters)).toString();
    expect(parseFilterParams(new URLSearchParams(url))).toEqual(filters);
  });

  test('parseFilterParams(params) drops empty codes and duplicates', () => {
    expect(parseFilterParams(new URLSearchParams('country=JP,,JP,')).country).toEqual(['JP']);
  });
});
