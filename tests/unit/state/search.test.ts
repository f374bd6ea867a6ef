import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import type { Dataset, Pairing } from '../../../src/data/schema';
import { searchAtlas } from '../../../src/state/search';
import { readAtlasFile } from '../data/atlasFile';
import { pairing } from '../pairing';

const atlas: Dataset = readAtlasFile();

/** The shipped data with `cn.pinyin` added the way the data build does: toneless syllables. */
const withPinyin: Dataset = {
  ...atlas,
  pairings: atlas.pairings.map((p) => ({ ...p, cn: { ...p.cn, pinyin: pinyin(p.cn.nameZh, { toneType: 'none' }) } }) as Pairing),
};

function names(dataset: Dataset, query: string): string[] {
  return searchAtlas(dataset, query).map((r) => r.nameEn);
}

describe('searchAtlas', () => {
  test.each(['南京', '南京市', 'nanjing', 'Nanjing', 'nan jing', 'nán jīng', 'NANJING'])(
    'searchAtlas(atlas, %j) lists Nanjing first, with or without pinyin in the data',
    (query) => {
      expect(names(atlas, query)[0]).toBe('Nanjing');
      expect(names(withPinyin, query)[0]).toBe('Nanjing');
    },
  );

  test('searchAtlas(dataset, "nj") lists Nanjing first from the pinyin initials', () => {
    expect(names(withPinyin, 'nj')[0]).toBe('Nanjing');
  });

  test('searchAtlas(dataset, "nj") ranks initials above a mere substring (Tianjin has more ties)', () => {
    const tianjin = searchAtlas(withPinyin, 'tianjin')[0]!;
    const nanjing = searchAtlas(withPinyin, 'nanjing')[0]!;
    expect(tianjin.ties).toBeGreaterThan(nanjing.ties);
    expect(names(withPinyin, 'nj').indexOf('Tianjin')).toBeGreaterThan(0);
  });

  test('searchAtlas(dataset, "sz") ranks initials with prefixes, by ties: Shenzhen and Suzhou before Szolnok', () => {
    expect(names(withPinyin, 'sz').slice(0, 2)).toEqual(['Shenzhen', 'Suzhou']);
    expect(names(withPinyin, 'sz')).toContain('Szolnok');
  });

  test('searchAtlas(dataset, "us") does not match across pinyin syllables (guang zhou shi)', () => {
    expect(names(withPinyin, 'us')).not.toContain('Guangzhou');
    expect(names(withPinyin, 'us')[0]).toBe('United States');
  });

  test('searchAtlas(atlas, query) finds St. Louis by its English and Chinese names', () => {
    for (const query of ['St. Louis', 'st louis', 'Saint Louis', '圣路易斯']) {
      const [first] = searchAtlas(atlas, query);
      expect(first).toMatchObject({ kind: 'partner', nameEn: 'St. Louis', countryEn: 'United States' });
    }
  });

  test('searchAtlas(atlas, query) finds a country in either language as a country result', () => {
    const [japan] = searchAtlas(atlas, '日本');
    expect(japan).toMatchObject({ kind: 'country', key: 'JP', nameEn: 'Japan', nameZh: '日本', level: null });
    expect(japan!.ties).toBe(atlas.pairings.filter((p) => p.partner.iso2 === 'JP').length);
    expect(searchAtlas(atlas, 'japan')[0]?.key).toBe('JP');
  });

  test('searchAtlas(atlas, "suzhou") tells Suzhou (Jiangsu) from Suzhou (Anhui), more ties first', () => {
    const results = searchAtlas(atlas, 'suzhou').filter((r) => r.nameEn === 'Suzhou');
    expect(results.map((r) => [r.nameZh, r.provinceEn, r.provinceZh, r.level])).toEqual([
      ['苏州市', 'Jiangsu', '江苏省', 'prefecture'],
      ['宿州市', 'Anhui', '安徽省', 'prefecture'],
    ]);
    expect(results[0]!.ties).toBeGreaterThan(results[1]!.ties);
  });

  test('searchAtlas(atlas, "栖霞") names a district\'s prefecture and province', () => {
    expect(searchAtlas(atlas, '栖霞区')[0]).toMatchObject({
      nameEn: 'Qixia',
      level: 'district',
      parentEn: 'Nanjing',
      parentZh: '南京市',
      provinceEn: 'Jiangsu',
    });
  });

  test('searchAtlas(atlas, query) gives the city keys of selectCities', () => {
    expect(searchAtlas(atlas, '南京')[0]?.key).toBe('320100');
    expect(searchAtlas(atlas, '圣路易斯')[0]?.key).toBe('US|St. Louis|city');
  });

  test('searchAtlas(dataset, query) ranks exact over prefix over substring whatever the ties', () => {
    const data: Dataset = {
      title: 't',
      totals: [],
      pairings: [
        ...Array.from({ length: 3 }, (_, i) => pairing({ id: `a${i}`, partner: { nameEn: 'Nagoyama', nameZh: 'Nagoyama' } })),
        ...Array.from({ length: 2 }, (_, i) => pairing({ id: `b${i}`, partner: { nameEn: 'Old Nagoya', nameZh: 'Old Nagoya' } })),
        pairing({ id: 'c', partner: { nameEn: 'Nagoya', nameZh: '名古屋' } }),
      ],
    };
    expect(names(data, 'nagoya')).toEqual(['Nagoya', 'Nagoyama', 'Old Nagoya']);
  });

  test('searchAtlas(dataset, query) ranks equal matches by number of ties', () => {
    const anhui = { code: '341300', nameEn: 'Suzhou', nameZh: '宿州市', provinceEn: 'Anhui', provinceZh: '安徽省' };
    const jiangsu = { code: '320500', nameEn: 'Suzhou', nameZh: '苏州市' };
    const data: Dataset = {
      title: 't',
      totals: [],
      pairings: [pairing({ id: 'a', cn: anhui }), pairing({ id: 'b', cn: jiangsu }), pairing({ id: 'c', cn: jiangsu })],
    };
    expect(searchAtlas(data, 'suzhou').map((r) => [r.provinceEn, r.ties])).toEqual([
      ['Jiangsu', 2],
      ['Anhui', 1],
    ]);
  });

  test('searchAtlas(dataset, query) returns nothing for an empty or unmatched query', () => {
    expect(searchAtlas(atlas, '  ')).toEqual([]);
    expect(searchAtlas(atlas, 'zzzzqqq')).toEqual([]);
  });

  test('searchAtlas(dataset, query, limit) returns at most limit results', () => {
    expect(searchAtlas(atlas, 'a', 3)).toHaveLength(3);
  });

  test('searchAtlas(dataset, query) searches 100,000 pairings', () => {
    const pairings = Array.from({ length: 100_000 }, (_, i) =>
      pairing({
        id: `p${i}`,
        cn: { code: String(100000 + (i % 3000)), nameEn: `Unit${i % 3000}`, nameZh: `单位${i % 3000}市` },
        partner: { nameEn: `Partner ${i % 20000}`, nameZh: `Partner ${i % 20000}` },
      }),
    );
    const big: Dataset = { title: 'big', totals: [], pairings };
    expect(searchAtlas(big, 'partner 12345').map((r) => [r.nameEn, r.ties])).toEqual([['Partner 12345', 5]]);
    expect(searchAtlas(big, '单位2999')[0]).toMatchObject({ kind: 'cn', key: '102999', ties: 33 });
  }, 60_000);
});
