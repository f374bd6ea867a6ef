import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../../../src/data/loadDataset';
import { isValidLatLon } from '../../../src/data/notOnMap';
import type { CnSide, PartnerSide } from '../../../src/data/schema';
import { chooseYear } from '../../../src/data/yearRule';
import { readAtlasFile } from './atlasFile';

const file = readAtlasFile();
const { pairings } = file;

function hasPoint(side: CnSide | PartnerSide): boolean {
  return side.lat !== null && side.lon !== null;
}

describe('data/atlas.json', () => {
  it('data/atlas.json is a sister-city-atlas file, version 1, with a SHA-256 source hash', () => {
    expect([file.format, file.version]).toEqual(['sister-city-atlas', 1]);
    expect(file.sourceHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('data/atlas.json loads without problems', () => {
    expect(parseDatasetFile(file).problems).toEqual([]);
  });

  it('data/atlas.json has unique ids in sorted order', () => {
    const ids = pairings.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('data/atlas.json has every coordinate inside the globe', () => {
    const bad = pairings.filter((p) => [p.cn, p.partner].some((side) => hasPoint(side) && !isValidLatLon(side.lat as number, side.lon as number)));
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('data/atlas.json gives every pairing both points or a notOnMap reason', () => {
    const inconsistent = pairings.filter((p) => (hasPoint(p.cn) && hasPoint(p.partner)) === (p.notOnMap !== null));
    expect(inconsistent.map((p) => p.id)).toEqual([]);
  });

  it('data/atlas.json has each year and year status as the year rule gives them from the claims', () => {
    const mismatched = pairings.filter((p) => {
      const shown = chooseYear(p.claims);
      return shown.year !== p.year || shown.yearStatus !== p.yearStatus;
    });
    expect(mismatched.map((p) => p.id)).toEqual([]);
  });

  it('data/atlas.json lists claims earliest first', () => {
    const unsorted = pairings.filter((p) => p.claims.some((c, i) => i > 0 && c.year < (p.claims[i - 1]?.year ?? 0)));
    expect(unsorted.map((p) => p.id)).toEqual([]);
  });

  it('data/atlas.json marks a year conflict exactly where the pack flags year_claims_differ', () => {
    const flagged = (flags: string[]): boolean => flags.some((f) => f.startsWith('year_claims_differ'));
    const disagree = pairings.filter((p) => flagged(p.flags) !== (p.yearStatus === 'conflict'));
    expect(disagree.map((p) => p.id)).toEqual([]);
  });

  it('data/atlas.json has Nanjing–St. Louis from 1979', () => {
    const pairing = pairings.find((p) => p.id === 'nanjing--st-louis-us');
    expect(pairing).toMatchObject({ cn: { nameZh: '南京市' }, partner: { nameEn: 'St. Louis', iso2: 'US' }, year: 1979 });
  });

  it('data/atlas.json has a Chinese country name for every partner country', () => {
    const english = pairings.filter((p) => !/\p{Script=Han}/u.test(p.partner.countryZh));
    expect(english.map((p) => p.partner.iso2)).toEqual([]);
  });

  it('data/atlas.json keeps the totals with decimal years', () => {
    expect(file.totals.length).toBeGreaterThan(0);
    expect(file.totals.every((t) => Math.abs(t.asOfYear - Number(t.asOf.slice(0, 4))) < 1)).toBe(true);
  });
});

describe('data/atlas.json from the 2026-12 source pack', () => {
  it("data/atlas.json has the pack's 2,490 pairings, 2,028 year claims and 164 totals", () => {
    expect(pairings.length).toBe(2490);
    expect(pairings.reduce((sum, p) => sum + p.claims.length, 0)).toBe(2028);
    expect(pairings.filter((p) => p.year !== null).length).toBe(1567);
    expect(file.totals.length).toBe(164);
  });

  it('data/atlas.json keeps the refined pairings on the unit that signed (Danyang–Shibata, Taixing–Broken Hill)', () => {
    const cn = (id: string): string | undefined => pairings.find((p) => p.id === id)?.cn.nameZh;
    expect([cn('zhenjiang-danyang--shibata-jp'), cn('taizhou-jiangsu-taixing--broken-hill-au'), cn('zhangzhou-nanjing--san-marino-sm')]).toEqual([
      '丹阳市',
      '泰兴市',
      '南靖县',
    ]);
  });

  it('data/atlas.json gives every Chinese side its pinyin from the gazetteer', () => {
    expect(pairings.filter((p) => !/^[a-z]+( [a-z]+)*$/.test(p.cn.pinyin)).map((p) => p.id)).toEqual([]);
    expect(pairings.find((p) => p.id === 'nanjing--st-louis-us')?.cn.pinyin).toBe('nan jing');
  });

  it("data/atlas.json names Wuxi's Japanese and Korean partners in Chinese where GeoNames has them", () => {
    const zh = (id: string): string | undefined => pairings.find((p) => p.id === id)?.partner.nameZh;
    expect([zh('wuxi--akashi-jp'), zh('wuxi--sagamihara-jp'), zh('wuxi--ulsan-kr'), zh('nanjing--st-louis-us')]).toEqual([
      '明石市',
      '相模原市',
      '蔚山广域市',
      '圣路易斯',
    ]);
  });

  it('data/atlas.json resolves every city and province total to a GB/T 2260 code', () => {
    const local = file.totals.filter((t) => t.scopeKind === 'city' || t.scopeKind === 'province');
    expect(local.length).toBeGreaterThan(100);
    expect(local.filter((t) => !/^\d{6}$/.test(t.scopeCode)).map((t) => t.scope)).toEqual([]);
    expect(file.totals.find((t) => t.scope === 'Nanjing')?.scopeCode).toBe('320100');
  });
});
