import { describe, expect, test } from 'vitest';
import { resolveUnit, selectCnUnits } from '../../../src/state/resolveUnit';
import { readAtlasFile } from '../data/atlasFile';

const atlas = readAtlasFile();
const code = (reference: string) => resolveUnit(atlas, reference)?.code ?? null;

describe('resolveUnit', () => {
  test('resolveUnit(atlas, ref) reads a GB code, a Chinese name with or without 市, and the English name', () => {
    expect([code('320200'), code('无锡'), code('无锡市'), code('Wuxi'), code('wuxi city')]).toEqual(['320200', '320200', '320200', '320200', '320200']);
  });

  test('resolveUnit(atlas, ref) returns the code, names and level', () => {
    expect(resolveUnit(atlas, '无锡')).toMatchObject({ code: '320200', nameEn: 'Wuxi', nameZh: '无锡市', level: 'prefecture' });
  });

  test('resolveUnit(atlas, ref) finds provinces by either name', () => {
    expect([code('江苏省'), code('江苏'), code('Jiangsu')]).toEqual(['320000', '320000', '320000']);
  });

  test('resolveUnit(atlas, ref) prefers the exact Chinese name: 吉林省 the province, 吉林市 the city', () => {
    expect([code('吉林省'), code('吉林市'), code('Jilin Province')]).toEqual(['220000', '220200', '220000']);
  });

  test('resolveUnit(atlas, ref) takes the province from a qualifier: Suzhou, Anhui is 宿州', () => {
    expect([code('Suzhou'), code('Suzhou, Anhui'), code('宿州')]).toEqual(['320500', '341300', '341300']);
  });

  test('resolveUnit(atlas, ref) finds a prefecture known only as the parent of a county (滁州)', () => {
    expect(resolveUnit(atlas, '滁州')).toMatchObject({ code: '341100', level: 'prefecture', hasTies: false });
  });

  test('resolveUnit(atlas, ref) is null for an unknown code, an unknown name or blank text', () => {
    expect([code('999999'), code('Atlantis'), code('  ')]).toEqual([null, null, null]);
  });
});

describe('selectCnUnits', () => {
  test('selectCnUnits(atlas) holds every unit of the data once, plus parents without ties', () => {
    const units = selectCnUnits(atlas);
    const withTies = new Set(atlas.pairings.map((p) => p.cn.code));
    expect(
      units
        .filter((u) => u.hasTies)
        .map((u) => u.code)
        .sort(),
    ).toEqual([...withTies].sort());
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
  });
});
