import { describe, expect, it } from 'vitest';
import { lookupCn, type CnMatch } from '../../../../src/data/import/cnGazetteer';
import { cnGazetteer } from './gazetteerFiles';

function zh(match: CnMatch): string | string[] {
  if (match.kind === 'found' || match.kind === 'no-point') return match.unit.zh;
  if (match.kind === 'ambiguous') return match.candidates.map((unit) => unit.zh);
  return match.kind;
}

describe('lookupCn', () => {
  const g = cnGazetteer();

  it.each([
    ['南京市', '南京市'],
    ['南京', '南京市'],
    ['Nanjing', '南京市'],
    ['nan jing', '南京市'],
    ["Xi'an", '西安市'],
    ['Xian City', '西安市'],
    ['Harbin', '哈尔滨市'],
    ['Kunshan', '昆山市'],
    ['Pudong', '浦东新区'],
    ['吉林省', '吉林省'],
    ['Jilin Province', '吉林省'],
  ])('lookupCn(%j) finds %s', (name, expected) => {
    expect(zh(lookupCn(g, name))).toBe(expected);
  });

  it('lookupCn(Suzhou) is ambiguous between 苏州 (Jiangsu) and 宿州 (Anhui)', () => {
    expect(zh(lookupCn(g, 'Suzhou'))).toEqual(['苏州市', '宿州市']);
  });

  it('lookupCn(Taizhou) and lookupCn(Yichun) are ambiguous', () => {
    expect(zh(lookupCn(g, 'Taizhou'))).toEqual(['泰州市', '台州市']);
    expect(zh(lookupCn(g, 'Yichun'))).toEqual(['伊春市', '宜春市']);
  });

  it('lookupCn(Suzhou, Jiangsu) resolves with the province from a cell or a qualifier', () => {
    expect(zh(lookupCn(g, 'Suzhou', 'Jiangsu'))).toBe('苏州市');
    expect(zh(lookupCn(g, 'Suzhou', '安徽省'))).toBe('宿州市');
    expect(zh(lookupCn(g, 'Suzhou, Anhui'))).toBe('宿州市');
    expect(zh(lookupCn(g, '台州（浙江）'))).toBe('台州市');
  });

  it('lookupCn(Chaoyang) means the prefecture-level city over districts of that name', () => {
    expect(zh(lookupCn(g, 'Chaoyang'))).toBe('朝阳市');
  });

  it('lookupCn(朝阳区) is ambiguous until the city is named', () => {
    expect(zh(lookupCn(g, '朝阳区'))).toEqual(['朝阳区', '朝阳区']);
    const match = lookupCn(g, '朝阳区', '北京');
    expect(match.kind === 'found' && match.unit.code).toBe('110105');
  });

  it('lookupCn(Jilin) is ambiguous between the province and the city', () => {
    expect(zh(lookupCn(g, 'Jilin'))).toEqual(['吉林省', '吉林市']);
  });

  it('lookupCn() reports a name in the wrong province as not found', () => {
    expect(lookupCn(g, 'Nanjing', 'Sichuan').kind).toBe('not-found');
    expect(lookupCn(g, 'Atlantis').kind).toBe('not-found');
  });

  it('lookupCn() gives a unit without a point its parent unit point, flagged', () => {
    const unit = [...g.byCode.values()].find((u) => u.lat === null && u.level === 'county' && g.byCode.get(u.parent)?.lat !== null);
    expect(unit).toBeDefined();
    const match = lookupCn(g, unit!.zh, g.byCode.get(`${unit!.code.slice(0, 2)}0000`)!.zh);
    expect(match).toMatchObject({ kind: 'found', fromParent: true, lat: g.byCode.get(unit!.parent)!.lat });
  });
});
