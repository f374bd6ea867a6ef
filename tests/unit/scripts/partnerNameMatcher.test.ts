import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PartnerQuery } from '../../../scripts/buildDataset';
import { createSimplifiedChineseTest, createToSimplified, readGeoNamesTable } from '../../../scripts/geonamesNamesZh';
import { createPartnerNameMatcher, foldName, partnerKeys } from '../../../scripts/partnerNameMatcher';

// Real GeoNames cities500 rows of real partners (tests/fixtures/geonames/partners.txt), matched with the real OpenCC.
const places = [...readGeoNamesTable(readFileSync(fileURLToPath(new URL('../../fixtures/geonames/partners.txt', import.meta.url)), 'utf8'))];
const match = createPartnerNameMatcher(places, {
  maxDistanceKm: 30,
  maxUniqueDistanceKm: 100,
  maxRegionDistanceKm: 150,
  toSimplified: createToSimplified(),
  isChinese: createSimplifiedChineseTest(),
});

function partner(nameEn: string, iso2: string, lat: number | null, lon: number | null, level: PartnerQuery['level'] = 'city'): PartnerQuery {
  return { nameEn, iso2, level, lat, lon };
}

describe('createPartnerNameMatcher on real partners', () => {
  it.each([
    ['Akashi (Wuxi)', partner('Akashi', 'JP', 34.6483, 134.9932), '明石市'],
    ['Sagamihara (Wuxi), a municipal seat named without 市', partner('Sagamihara', 'JP', 35.5667, 139.3667), '相模原市'],
    ['Toyohashi (Nantong), 豊橋市 simplified', partner('Toyohashi', 'JP', 34.76667, 137.38333), '丰桥市'],
    ['Hamamatsu (Hangzhou), 浜松市 simplified', partner('Hamamatsu', 'JP', 34.7108, 137.7275), '滨松市'],
    ['Kobe, 神戸市 with the variant 戸 that OpenCC leaves', partner('Kobe', 'JP', 34.6913, 135.183), '神户市'],
    ['Ulsan (Wuxi), the metropolitan city form', partner('Ulsan', 'KR', 35.55, 129.3167), '蔚山广域市'],
    ['St. Louis (Nanjing)', partner('St. Louis', 'US', 38.6272, -90.1978), '圣路易斯'],
    ['Springfield, Illinois (Jining), the nearest of three US Springfields', partner('Springfield', 'US', 39.799, -89.644), '斯普林菲尔德'],
    ['Saint-Louis, Senegal, not the French villages', partner('Saint-Louis', 'SN', 16.03, -16.5), '圣路易'],
  ])('createPartnerNameMatcher names %s', (_, query, expected) => {
    expect(match(query)).toBe(expected);
  });

  it('createPartnerNameMatcher keeps Gimhae in English: GeoNames has no hanja for it', () => {
    expect(match(partner('Gimhae', 'KR', 35.2342, 128.8811))).toBeNull();
  });

  it('createPartnerNameMatcher takes no traditional-only name outside Japan and Korea (Victoria, Canada)', () => {
    expect(match(partner('Victoria', 'CA', 48.4283, -123.365))).toBeNull();
  });

  it('createPartnerNameMatcher never matches on the name alone when same-name places exist', () => {
    expect(match(partner('Springfield', 'US', null, null))).toBeNull();
    expect(match(partner('Saint-Louis', 'FR', null, null))).toBeNull();
  });

  it('createPartnerNameMatcher keeps to the US state the name gives', () => {
    expect(match(partner('Springfield, Illinois', 'US', 39.799, -89.644))).toBe('斯普林菲尔德');
    expect(match(partner('Springfield, Ohio', 'US', 39.799, -89.644))).toBeNull();
  });

  it('createPartnerNameMatcher ignores a same-name place in another country', () => {
    expect(match(partner('St. Louis', 'SN', 38.6272, -90.1978))).toBeNull();
  });

  it('createPartnerNameMatcher answers null when the named place is far from the point', () => {
    expect(match(partner('Akashi', 'JP', 35.5667, 139.3667))).toBeNull();
  });

  it('createPartnerNameMatcher reaches 100 km only for the one place of that name in the country', () => {
    expect(match(partner('Akashi', 'JP', 34.6483, 134.2))).toBe('明石市');
    expect(match(partner('Springfield', 'US', 39.799, -88.8))).toBeNull();
  });

  it('createPartnerNameMatcher names a Japanese prefecture after its capital within 150 km', () => {
    expect(match(partner('Hamamatsu Prefecture', 'JP', 34.98, 138.38, 'state/province'))).toBe('滨松县');
    expect(match(partner('Akashi Prefecture', 'US', 34.98, 138.38, 'state/province'))).toBeNull();
  });
});

describe('partner name keys', () => {
  it('foldName drops accents and spells out St.', () => {
    expect(foldName('St. Étienne')).toBe('saint etienne');
  });

  it('partnerKeys reads the district of "City – District", drops a qualifier and Korean suffixes', () => {
    expect(partnerKeys('Kusatsu, Shiga')).toEqual(['kusatsu']);
    expect(partnerKeys('Seoul – Gangnam-gu')).toEqual(['gangnam gu', 'gangnam']);
    expect(partnerKeys('Ōta (Tokyo)')).toEqual(['ota']);
    expect(partnerKeys('Nagasaki Prefecture')).toEqual(['nagasaki']);
  });
});
