import { describe, expect, it } from 'vitest';
import { CODES_WITH_REGION, REGIONS, regionOf } from '../../../src/data/regions';
import { readAtlasFile } from './atlasFile';

describe('regionOf', () => {
  it.each([
    ['JP', 'east-asia'],
    ['VN', 'southeast-asia'],
    ['KZ', 'south-central-asia'],
    ['TR', 'west-asia'],
    ['RU', 'europe'],
    ['RE', 'africa'],
    ['GL', 'north-america'],
    ['MX', 'latin-america'],
    ['PR', 'latin-america'],
    ['NZ', 'oceania'],
  ])('regionOf(%s) is %s', (code, region) => {
    expect(regionOf(code)).toBe(region);
  });

  it('regionOf ignores case and surrounding space', () => {
    expect(regionOf(' us ')).toBe('north-america');
  });

  it('regionOf is null for Antarctica and for unknown codes', () => {
    expect([regionOf('AQ'), regionOf('ZZ'), regionOf('')]).toEqual([null, null, null]);
  });

  it('CODES_WITH_REGION covers the 248 ISO 3166-1 countries besides Antarctica, plus Kosovo', () => {
    expect(CODES_WITH_REGION).toHaveLength(249);
    expect(CODES_WITH_REGION.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('CODES_WITH_REGION lists each code in only one region', () => {
    expect(new Set(CODES_WITH_REGION).size).toBe(CODES_WITH_REGION.length);
  });

  it('REGIONS lists nine distinct regions', () => {
    expect(new Set(REGIONS).size).toBe(9);
  });

  it('regionOf knows every partner country in data/atlas.json', () => {
    const missing = readAtlasFile()
      .pairings.filter((p) => regionOf(p.partner.iso2) === null)
      .map((p) => p.id);
    expect(missing).toEqual([]);
  });
});
