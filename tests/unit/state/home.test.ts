import { describe, expect, test } from 'vitest';
import type { Pairing } from '../../../src/data/schema';
import { codePrefix, selectHomeFigures, selectHomePairings } from '../../../src/state/home';
import { resolveUnit } from '../../../src/state/resolveUnit';
import { readAtlasFile } from '../data/atlasFile';
import { pairing } from '../pairing';

const atlas = readAtlasFile();

/** Counted by names, not codes, so the test does not repeat the code-prefix rule it checks. */
function countByNames(pairings: Pairing[]): { ties: number; countries: number; firstYear: number } {
  return {
    ties: pairings.length,
    countries: new Set(pairings.map((p) => p.partner.iso2)).size,
    firstYear: Math.min(...pairings.flatMap((p) => (p.year === null ? [] : [p.year]))),
  };
}

const wuxi = resolveUnit(atlas, '无锡')!;
const wuxiByNames = atlas.pairings.filter((p) => p.cn.nameZh === '无锡市' || p.cn.parentZh === '无锡市');

describe('codePrefix', () => {
  test('codePrefix(code) covers a province, a prefecture, or the unit alone', () => {
    expect([codePrefix('320000'), codePrefix('110000'), codePrefix('320200'), codePrefix('320281')]).toEqual(['32', '11', '3202', '320281']);
  });
});

describe('selectHomePairings', () => {
  test('selectHomePairings(atlas, Wuxi, true) gives the ties of Wuxi, its districts and counties', () => {
    const ids = selectHomePairings(atlas, wuxi, true).map((i) => atlas.pairings[i]!.id);
    expect(ids).toEqual(wuxiByNames.map((p) => p.id));
    expect(ids.length).toBeGreaterThan(40);
  });

  test('selectHomePairings(atlas, Wuxi, false) gives the ties of the city alone', () => {
    const ids = selectHomePairings(atlas, wuxi, false).map((i) => atlas.pairings[i]!.id);
    expect(ids).toEqual(atlas.pairings.filter((p) => p.cn.nameZh === '无锡市').map((p) => p.id));
    expect(ids.length).toBeLessThan(wuxiByNames.length);
  });

  test('selectHomePairings(atlas, Jiangsu, true) gives every tie of the province', () => {
    const jiangsu = resolveUnit(atlas, '江苏省')!;
    expect(selectHomePairings(atlas, jiangsu, true)).toHaveLength(atlas.pairings.filter((p) => p.cn.provinceZh === '江苏省').length);
  });

  test('selectHomePairings(atlas, Beijing, true) includes the districts of a municipality', () => {
    const beijing = resolveUnit(atlas, '北京')!;
    expect(selectHomePairings(atlas, beijing, true)).toHaveLength(atlas.pairings.filter((p) => p.cn.provinceZh === '北京市').length);
    expect(selectHomePairings(atlas, beijing, false).length).toBe(atlas.pairings.filter((p) => p.cn.code === '110000').length);
  });

  test('selectHomePairings(atlas, Chuzhou, true) gives the ties of a prefecture that has none of its own', () => {
    const chuzhou = resolveUnit(atlas, '滁州')!;
    expect(selectHomePairings(atlas, chuzhou, true).map((i) => atlas.pairings[i]!.cn.nameZh)).toEqual(
      atlas.pairings.filter((p) => p.cn.parentZh === '滁州市').map((p) => p.cn.nameZh),
    );
    expect(selectHomePairings(atlas, chuzhou, false)).toEqual([]);
  });

  test('selectHomePairings(dataset, unit, true) matches codeless user data by parent names', () => {
    const dataset = {
      title: 'user',
      totals: [],
      pairings: [
        pairing({ cn: { code: '', nameZh: '无锡市', nameEn: 'Wuxi', provinceZh: '江苏省' } }),
        pairing({ cn: { code: '', nameZh: '江阴市', nameEn: 'Jiangyin', level: 'county', parentZh: '无锡市', provinceZh: '江苏省' } }),
        pairing({ cn: { code: '', nameZh: '苏州市', nameEn: 'Suzhou', provinceZh: '江苏省' } }),
      ],
    };
    const unit = resolveUnit(dataset, 'Wuxi')!;
    expect(selectHomePairings(dataset, unit, true)).toEqual([0, 1]);
    expect(selectHomePairings(dataset, unit, false)).toEqual([0]);
  });
});

describe('selectHomeFigures', () => {
  const figures = selectHomeFigures(atlas, wuxi, true);

  test('selectHomeFigures(atlas, Wuxi, true) counts ties, countries and the first year from the data', () => {
    expect({ ties: figures.ties, countries: figures.countries, firstYear: figures.firstYear }).toEqual(countByNames(wuxiByNames));
  });

  test('selectHomeFigures(atlas, Wuxi, true) names Akashi, Japan, 1981 as the first partner', () => {
    expect(figures.first).toEqual({
      nameEn: 'Akashi',
      nameZh: '明石市',
      iso2: 'JP',
      countryEn: 'Japan',
      countryZh: '日本',
      year: 1981,
    });
  });

  test('selectHomeFigures(atlas, Wuxi, true) counts the dated and drawable ties', () => {
    expect(figures.dated).toBe(wuxiByNames.filter((p) => p.year !== null).length);
    expect(figures.onMap).toBe(wuxiByNames.filter((p) => p.notOnMap === null).length);
  });

  test('selectHomeFigures(dataset, unit, sub) breaks a tie within the first year by the earlier date', () => {
    const claim = (date: string) => ({
      year: 1990,
      date,
      kind: 'signing' as const,
      reliability: 'official' as const,
      url: '',
      title: '',
      note: '',
    });
    const a = pairing({ id: 'a', year: 1990, partner: { nameEn: 'Late' } });
    const b = pairing({ id: 'b', year: 1990, partner: { nameEn: 'Early' } });
    a.claims = [claim('1990-09-01')];
    b.claims = [claim('1990-03-01')];
    const dataset = { title: 't', totals: [], pairings: [a, b] };
    expect(selectHomeFigures(dataset, resolveUnit(dataset, 'Nanjing')!, true).first?.nameEn).toBe('Early');
  });

  test('selectHomeFigures(dataset, unit, sub) has no first partner when no tie is dated', () => {
    const dataset = { title: 't', totals: [], pairings: [pairing({ year: null })] };
    const undated = selectHomeFigures(dataset, resolveUnit(dataset, 'Nanjing')!, true);
    expect([undated.ties, undated.firstYear, undated.first]).toEqual([1, null, null]);
  });
});
