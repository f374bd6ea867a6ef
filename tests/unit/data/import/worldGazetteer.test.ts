import { describe, expect, it } from 'vitest';
import { lookupCountry } from '../../../../src/data/import/countries';
import { lookupWorld, parseWorldGazetteer, type WorldMatch } from '../../../../src/data/import/worldGazetteer';
import { worldGazetteer } from './gazetteerFiles';

function where(match: WorldMatch): string | string[] {
  if (match.kind === 'found') return `${match.place.name}/${match.place.iso2}/${match.place.admin1}`;
  if (match.kind === 'ambiguous') return match.candidates.map((p) => `${p.iso2}-${p.admin1}`);
  return match.kind;
}

describe('lookupWorld', () => {
  const g = worldGazetteer();

  it('lookupWorld() finds a partner by name within its country', () => {
    expect(where(lookupWorld(g, 'Leeds', 'GB'))).toBe('Leeds/GB/ENG');
    expect(where(lookupWorld(g, 'Montpellier', 'FR'))).toBe('Montpellier/FR/76');
  });

  it('lookupWorld() reads names written in Chinese, including Japanese kanji names', () => {
    expect(where(lookupWorld(g, '神户', 'JP'))).toBe('Kobe/JP/13');
    expect(where(lookupWorld(g, '神户市', 'JP'))).toBe('Kobe/JP/13');
    expect(where(lookupWorld(g, '京都', 'JP'))).toBe('Kyoto/JP/22');
  });

  it('lookupWorld(Springfield, US) is ambiguous, largest first, with no place suggested', () => {
    const match = lookupWorld(g, 'Springfield', 'US');
    expect(match.kind).toBe('ambiguous');
    if (match.kind !== 'ambiguous') return;
    expect(match.candidates.length).toBeGreaterThan(5);
    expect(match.candidates[0]!.population).toBeGreaterThanOrEqual(match.candidates[1]!.population);
    expect(match.dominant).toBe(false);
  });

  it('lookupWorld() resolves Springfield with a US state name or code in the name', () => {
    expect(where(lookupWorld(g, 'Springfield, Illinois'))).toBe('Springfield/US/IL');
    expect(where(lookupWorld(g, 'Springfield (MO)', 'US'))).toBe('Springfield/US/MO');
  });

  it('lookupWorld(Dallas, US) is ambiguous with the much larger Texas city marked dominant', () => {
    const match = lookupWorld(g, 'Dallas', 'US');
    expect(match.kind === 'ambiguous' && match.dominant).toBe(true);
    expect(match.kind === 'ambiguous' && match.candidates[0]!.admin1).toBe('TX');
  });

  it('lookupWorld() without a country leaves London ambiguous and a country in the name resolves Perth', () => {
    expect(lookupWorld(g, 'London').kind).toBe('ambiguous');
    expect(where(lookupWorld(g, 'Perth, Australia'))).toBe('Perth/AU/08');
  });

  it('lookupWorld() finds no place of a name in another country', () => {
    expect(lookupWorld(g, 'Leeds', 'JP').kind).toBe('not-found');
  });

  it('lookupWorld() knows the shipped partners that are provinces and marks a shortened name', () => {
    const province = lookupWorld(g, 'Antalya Province', 'TR');
    expect(province.kind === 'found' && province.place.level).toBe('state/province');
    const shortened = lookupWorld(g, 'Montpellier City', 'FR');
    expect(shortened.kind === 'found' && shortened.stripped).toBe(true);
  });

  it('lookupWorld() finds Korean partners by the Chinese names the shipped data gives them', () => {
    const found = (name: string): string | null => {
      const match = lookupWorld(g, name, 'KR');
      return match.kind === 'found' ? match.place.name : null;
    };
    expect(found('金海市')).toBe('Gimhae');
    expect(found('利川市')).toBe('Icheon');
    expect(found('首尔特别市江南区')).toBe('Seoul – Gangnam');
  });

  it('lookupWorld() finds a district by its ward alone, but not a one-character ward that many cities have', () => {
    const partners = [
      'name\tzh\tiso2\tlevel\tlat\tlon',
      'Seoul – Gangnam\t首尔特别市江南区\tKR\tdistrict\t37.5253\t127.0408',
      'Jung (Daejeon)\t大田广域市中区\tKR\tdistrict\t36.3249\t127.4197',
    ].join('\n');
    const small = parseWorldGazetteer('name\n', partners);
    expect(where(lookupWorld(small, '江南区', 'KR'))).toBe('Seoul – Gangnam/KR/');
    expect(lookupWorld(small, '中区', 'KR').kind).toBe('not-found');
    expect(where(lookupWorld(small, '大田广域市中区', 'KR'))).toBe('Jung (Daejeon)/KR/');
  });
});

describe('lookupCountry', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['美国', 'US'],
    ['South Korea', 'KR'],
    ['韩国', 'KR'],
    ['南韩', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['日本', 'JP'],
    ['英国', 'GB'],
    ['England', 'GB'],
    ['Russian Federation', 'RU'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
  ])('lookupCountry(%j) is %s', (text, iso2) => {
    expect(lookupCountry(text)?.iso2).toBe(iso2);
  });

  it('lookupCountry() gives the English and Chinese names', () => {
    expect(lookupCountry('de')).toEqual({ iso2: 'DE', nameEn: 'Germany', nameZh: '德国' });
  });

  it('lookupCountry() is null for text that names no country', () => {
    expect(lookupCountry('Atlantis')).toBeNull();
    expect(lookupCountry('')).toBeNull();
  });
});

describe('lookupWorld with Chinese names from portal lists', () => {
  const g = worldGazetteer();

  it('lookupWorld(萨克拉门托, US) places Sacramento, California, not Sacramento, Brazil', () => {
    expect(where(lookupWorld(g, '萨克拉门托', 'US'))).toBe('Sacramento/US/CA');
    expect(where(lookupWorld(g, '萨克拉门托', 'BR'))).toBe('Sacramento/BR/15');
  });

  it('lookupWorld(丽水, KR) is Yeosu, the Korean city written like Lishui', () => {
    expect(where(lookupWorld(g, '丽水', 'KR'))).toBe('Yeosu/KR/16');
    expect(where(lookupWorld(g, '丽水市', 'KR'))).toBe('Yeosu/KR/16');
  });

  it('lookupWorld(奥克兰, US) is Oakland, not Auckland', () => {
    expect(where(lookupWorld(g, '奥克兰', 'US'))).toBe('Oakland/US/CA');
  });

  it('lookupWorld(相模原市, JP) finds Sagamihara through the shipped partner names, with or without 市', () => {
    expect(lookupWorld(g, '相模原市', 'JP')).toMatchObject({ kind: 'found', place: { name: 'Sagamihara', iso2: 'JP' } });
    expect(lookupWorld(g, '相模原', 'JP')).toMatchObject({ kind: 'found', place: { name: 'Sagamihara', iso2: 'JP' } });
  });

  it('lookupWorld(明石市, JP) finds Akashi from its kanji name', () => {
    expect(where(lookupWorld(g, '明石市', 'JP'))).toBe('Akashi/JP/13');
  });

  it('lookupWorld(Akashi, JP) carries the Chinese name the shipped dataset shows', () => {
    expect(lookupWorld(g, 'Akashi', 'JP')).toMatchObject({ kind: 'found', place: { zh: ['明石市'] } });
  });

  it('lookupWorld(蔚山广域市, KR) finds Ulsan with its metropolitan-city suffix', () => {
    expect(lookupWorld(g, '蔚山广域市', 'KR')).toMatchObject({ kind: 'found', place: { name: 'Ulsan', iso2: 'KR' } });
    expect(lookupWorld(g, '蔚山', 'KR')).toMatchObject({ kind: 'found', place: { name: 'Ulsan', iso2: 'KR' } });
  });
});
