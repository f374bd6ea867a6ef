import { describe, expect, test } from 'vitest';
import { cityOf, cityPosition, findCity, selectCities } from '../../../src/state/cities';
import { pairing } from '../pairing';

const dataset = {
  title: 't',
  totals: [],
  pairings: [
    pairing(),
    pairing({ id: 'nanjing--nagoya-jp', partner: { nameEn: 'Nagoya', nameZh: '名古屋', iso2: 'JP', region: 'east-asia', lat: 35.18, lon: 136.9 } }),
    pairing({
      id: 'suzhou--st-louis-us',
      cn: { code: '320500', nameEn: 'Suzhou', nameZh: '苏州市', lat: 31.3, lon: 120.6 },
      partner: { lat: null, lon: null },
      notOnMap: 'partner-coordinates-missing',
    }),
  ],
};

describe('selectCities', () => {
  test('selectCities(dataset) groups pairings by Chinese unit and by partner', () => {
    const index = selectCities(dataset);
    expect(index.cn.map((c) => [c.nameEn, c.pairings])).toEqual([
      ['Nanjing', [0, 1]],
      ['Suzhou', [2]],
    ]);
    expect(index.partner.map((c) => [c.nameEn, c.pairings])).toEqual([
      ['St. Louis', [0, 2]],
      ['Nagoya', [1]],
    ]);
    expect([...index.cnOf]).toEqual([0, 0, 1]);
    expect([...index.partnerOf]).toEqual([0, 1, 0]);
  });

  test('selectCities(dataset) keeps a partner point found on any of its pairings', () => {
    expect(selectCities(dataset).partner[0]!.lat).toBe(38.63);
  });

  test("cityPosition(index, city) is the position of each city in its side's list", () => {
    const index = selectCities(dataset);
    expect(index.cn.map((city) => cityPosition(index, city))).toEqual([0, 1]);
    expect(index.partner.map((city) => cityPosition(index, city))).toEqual([0, 1]);
  });

  test('selectCities(dataset) is memoised per dataset', () => {
    expect(selectCities(dataset)).toBe(selectCities(dataset));
  });
});

describe('findCity', () => {
  const index = selectCities(dataset);
  test('findCity(index, query) matches English and Chinese names with or without 市', () => {
    expect(findCity(index, 'Nanjing')?.key).toBe('320100');
    expect(findCity(index, '南京')?.key).toBe('320100');
    expect(findCity(index, '南京市')?.key).toBe('320100');
    expect(findCity(index, 'st louis')?.side).toBe('partner');
  });

  test('findCity(index, query) returns null for an unknown or empty name', () => {
    expect(findCity(index, 'Atlantis')).toBeNull();
    expect(findCity(index, '  ')).toBeNull();
  });

  test('cityOf(index, ref) resolves a reference and rejects a stale one', () => {
    expect(cityOf(index, { side: 'partner', key: 'JP|Nagoya|city' })?.nameEn).toBe('Nagoya');
    expect(cityOf(index, { side: 'cn', key: 'nope' })).toBeNull();
  });
});
