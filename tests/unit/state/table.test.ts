import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { YearClaim } from '../../../src/data/schema';
import { clearFilters } from '../../../src/state/filters';
import { countSources, csvField, filterRows, rowsToCsv, selectTableRows, sortRows, TABLE_COLUMNS, type TableColumn } from '../../../src/state/table';
import { selectVisible } from '../../../src/state/visible';
import { readAtlasFile } from '../data/atlasFile';
import { tieFixture } from './tieFixture';

const data = tieFixture();
const all = { from: -Infinity, to: 3000, includeUnknown: true };
const mask = selectVisible(data, all).pairing;
const headers = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<TableColumn, string>;

function claim(url: string, title = ''): YearClaim {
  return { year: 1990, date: '1990', kind: 'signing', reliability: 'news', url, title, note: '' };
}

describe('table', () => {
  test('selectTableRows(dataset, mask, lang) has one row per visible tie, in the language', () => {
    const jp = selectVisible(data, all, { ...clearFilters(), country: ['JP'] }).pairing;
    const rows = selectTableRows(data, jp, 'zh');
    expect(rows.map((r) => [r.cn, r.province, r.partner, r.country, r.relation, r.year, r.status])).toEqual([
      ['无锡市', '江苏省', '明石', '日本', '友好城市', 1981, '有来源'],
      ['合肥市', '安徽省', '明石', '日本', '友好交流城市', 1995, '有来源'],
    ]);
    expect(rows.map((r) => r.cnKey)).toEqual(['320200', '340100']);
  });

  test('countSources(pairing) counts distinct URLs or titles', () => {
    expect(countSources({ claims: [claim('a'), claim('a'), claim('', 'Gazette'), claim('b')] })).toBe(3);
    expect(countSources({ claims: [] })).toBe(0);
  });

  test('sortRows(rows, "cn", "asc", "zh") sorts Chinese names in pinyin order', () => {
    const rows = selectTableRows(data, mask, 'zh');
    expect([...new Set(sortRows(rows, 'cn', 'asc', 'zh').map((r) => r.cn))]).toEqual(['合肥市', '南京市', '无锡市']);
  });

  test('sortRows(rows, column, direction, lang) is stable', () => {
    const rows = selectTableRows(data, mask, 'en');
    expect(sortRows(rows, 'cn', 'asc', 'en').map((r) => r.index)).toEqual([3, 0, 1, 2]);
    expect(sortRows(rows, 'cn', 'desc', 'en').map((r) => r.index)).toEqual([1, 2, 0, 3]);
  });

  test('sortRows(rows, "year", direction, lang) puts unknown years last both ways', () => {
    const rows = selectTableRows(data, mask, 'en');
    expect(sortRows(rows, 'year', 'asc', 'en').map((r) => r.year)).toEqual([1979, 1981, 1995, null]);
    expect(sortRows(rows, 'year', 'desc', 'en').map((r) => r.year)).toEqual([1995, 1981, 1979, null]);
  });

  test('filterRows(rows, query) keeps rows containing every word, in any column', () => {
    const rows = selectTableRows(data, mask, 'en');
    expect(filterRows(rows, 'akashi').map((r) => r.index)).toEqual([1, 3]);
    expect(filterRows(rows, 'AKASHI hefei').map((r) => r.index)).toEqual([3]);
    expect(filterRows(rows, '1995')).toHaveLength(1);
    expect(filterRows(rows, ' ')).toHaveLength(4);
  });

  test('csvField(text) quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('Washington, D.C.')).toBe('"Washington, D.C."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@x')).toBe("'@x");
    expect(csvField('南京市')).toBe('南京市');
  });

  test('rowsToCsv(rows, headers) writes a BOM, a header and one record per row', () => {
    const rows = selectTableRows(data, mask, 'zh');
    const csv = rowsToCsv(rows, headers);
    expect(csv.startsWith('\uFEFFCN,PROVINCE,PARTNER')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 1);
    const parsed = Papa.parse<string[]>(csv.slice(1)).data;
    expect(parsed[1]).toEqual(['南京市', '江苏省', '圣路易斯', '美国', '友好城市', '1979', '有来源', '0']);
    expect(parsed[3]![5]).toBe('');
  });

  test('sortRows(atlas rows, "country", "asc", "zh") orders every adjacent pair by Chinese collation', () => {
    const atlas = readAtlasFile();
    const rows = sortRows(selectTableRows(atlas, selectVisible(atlas, all).pairing, 'zh'), 'country', 'asc', 'zh');
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    expect(rows).toHaveLength(atlas.pairings.filter((p) => p.notOnMap === null).length);
    expect(rows.every((row, i) => i === 0 || collator.compare(rows[i - 1]!.country, row.country) <= 0)).toBe(true);
    expect(rows[0]!.country).not.toBe(rows[rows.length - 1]!.country);
  });
});
