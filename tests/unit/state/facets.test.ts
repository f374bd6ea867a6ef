import { describe, expect, test } from 'vitest';
import { selectFacets } from '../../../src/state/facets';
import { clearFilters, FILTER_DIMENSIONS, matchesFilters, type Filters } from '../../../src/state/filters';
import { inYearWindow } from '../../../src/state/yearWindow';
import { readAtlasFile } from '../data/atlasFile';
import { tieFixture } from './tieFixture';

const data = tieFixture();
const all = { from: -Infinity, to: 3000, includeUnknown: true };

function counts(options: { code: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(options.map((o) => [o.code, o.count]));
}

describe('selectFacets', () => {
  test('selectFacets(dataset, window) counts each option among the ties in the window', () => {
    const facets = selectFacets(data, { from: -Infinity, to: 1990, includeUnknown: false });
    expect(counts(facets.country)).toEqual({ US: 1, JP: 1, AU: 0 });
    expect(counts(facets.province)).toEqual({ Jiangsu: 2, Anhui: 0 });
  });

  test("selectFacets(dataset, window, filters) ignores a dimension's own filter and applies the others", () => {
    const facets = selectFacets(data, all, { ...clearFilters(), country: ['JP'], province: ['Anhui'] });
    expect(counts(facets.country)).toEqual({ US: 1, JP: 1, AU: 0 });
    expect(counts(facets.province)).toEqual({ Jiangsu: 1, Anhui: 1 });
    expect(counts(facets.relation)).toEqual({ 'friendly exchange city': 1, 'friendship city': 0, unknown: 0 });
  });

  test('selectFacets(dataset, window, filters) marks selected options and names them in both languages', () => {
    const facets = selectFacets(data, all, { ...clearFilters(), country: ['JP'] });
    const japan = facets.country.find((o) => o.code === 'JP');
    expect(japan).toEqual({ code: 'JP', nameEn: 'Japan', nameZh: '日本', count: 2, selected: true });
    expect(facets.province.find((o) => o.code === 'Anhui')?.nameZh).toBe('安徽省');
    expect(facets.relation.find((o) => o.code === 'unknown')?.nameZh).toBe('类型未注明');
  });

  test('selectFacets(dataset, window) lists the most ties first', () => {
    expect(selectFacets(data, all).country.map((o) => o.code)).toEqual(['JP', 'US', 'AU']);
  });

  test('selectFacets(atlas, window, filters) agrees with counting pairing by pairing', () => {
    const atlas = readAtlasFile();
    const window = { from: -Infinity, to: 2005, includeUnknown: true };
    const filters: Filters = { ...clearFilters(), country: ['JP', 'US'], level: ['prefecture'], relation: ['friendship city', 'unknown'] };
    const facets = selectFacets(atlas, window, filters);
    for (const dimension of FILTER_DIMENSIONS) {
      const others = { ...filters, [dimension]: [] };
      for (const option of facets[dimension]) {
        const expected = atlas.pairings.filter(
          (p) => inYearWindow(p, window) && matchesFilters(p, others) && matchesFilters(p, { ...clearFilters(), [dimension]: [option.code] }),
        ).length;
        expect([dimension, option.code, option.count]).toEqual([dimension, option.code, expected]);
      }
    }
  });
});

describe('selectFacets with a scope', () => {
  test('selectFacets(dataset, window, filters, scope) counts only the pairings in the scope', () => {
    const wuxiOnly = Uint8Array.from([0, 1, 1, 0, 0]);
    const countries = selectFacets(data, all, null, wuxiOnly).country;
    expect(countries.map((o) => [o.code, o.count])).toEqual([
      ['AU', 1],
      ['JP', 1],
      ['US', 0],
    ]);
  });
});
