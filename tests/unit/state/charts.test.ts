import { describe, expect, test } from 'vitest';
import { selectCharts } from '../../../src/state/charts';
import { clearFilters } from '../../../src/state/filters';
import { selectVisible } from '../../../src/state/visible';
import { readAtlasFile } from '../data/atlasFile';
import { tieFixture } from './tieFixture';

const data = tieFixture();
const all = { from: -Infinity, to: 3000, includeUnknown: true };

describe('selectCharts', () => {
  test('selectCharts(dataset, mask) counts visible ties per country, city, province and relation', () => {
    const charts = selectCharts(data, selectVisible(data, all).pairing);
    expect(charts.countries.bars).toEqual([
      { code: 'JP', nameEn: 'Japan', nameZh: '日本', count: 2 },
      { code: 'US', nameEn: 'United States', nameZh: '美国', count: 2 },
      { code: 'AU', nameEn: 'Australia', nameZh: '澳大利亚', count: 1 },
    ]);
    expect(charts.cities.bars.map((b) => [b.code, b.count])).toEqual([
      ['320200', 2],
      ['340100', 2],
      ['320100', 1],
    ]);
    expect(charts.provinces.bars.map((b) => [b.code, b.nameZh, b.count])).toEqual([
      ['Jiangsu', '江苏省', 3],
      ['Anhui', '安徽省', 2],
    ]);
    expect(charts.relations.bars.map((b) => [b.code, b.count])).toEqual([
      ['friendship city', 2],
      ['unknown', 2],
      ['friendly exchange city', 1],
    ]);
  });

  test('selectCharts(dataset, mask) follows the window and filters of the mask', () => {
    const mask = selectVisible(data, { from: 1990, to: 1999, includeUnknown: false }, { ...clearFilters(), province: ['Anhui'] }).pairing;
    const charts = selectCharts(data, mask);
    expect(charts.countries.bars).toEqual([{ code: 'JP', nameEn: 'Japan', nameZh: '日本', count: 1 }]);
    expect(charts.cities.bars.map((b) => b.nameEn)).toEqual(['Hefei']);
  });

  test('selectCharts(dataset, mask, limit) keeps the top bars and counts the rest', () => {
    const atlas = readAtlasFile();
    const mask = selectVisible(atlas, all).pairing;
    const { countries } = selectCharts(atlas, mask, 5);
    expect(countries.bars).toHaveLength(5);
    const korea = atlas.pairings.filter((p) => p.partner.iso2 === 'KR').length;
    expect(countries.bars[0]).toMatchObject({ code: 'KR', nameZh: '韩国', count: korea });
    expect(countries.bars.reduce((s, b) => s + b.count, 0) + countries.rest).toBe(atlas.pairings.length);
  });
});
