import { describe, expect, test } from 'vitest';
import { parseDatasetFile } from '../../../../src/data/loadDataset';
import type { CnSide, DatasetFile } from '../../../../src/data/schema';
import type { LandPoint } from '../../../../scripts/bench/landPoints';
import type { Random } from '../../../../scripts/bench/random';
import { cnUnitsOf, createSyntheticDataset, SYNTHETIC_YEARS } from '../../../../scripts/bench/syntheticDataset';
import { pairing } from '../../pairing';

const nanjing = pairing().cn;
const beijing: CnSide = { ...nanjing, code: '110000', nameEn: 'Beijing', nameZh: '北京市', level: 'province', lat: 39.9, lon: 116.4 };

function samplePartner(random: Random): LandPoint {
  return {
    country: { iso2: 'FR', nameEn: 'France', nameZh: '法国', region: 'europe', center: [2.5, 46.5], areaKm2: 550_000 },
    lon: 2 + random.next(),
    lat: 46 + random.next(),
  };
}

function make(size: number, seed = 1): DatasetFile {
  return createSyntheticDataset({ size, seed, cnUnits: [nanjing, beijing], samplePartner, totals: [] });
}

describe('createSyntheticDataset', () => {
  test('createSyntheticDataset(options) is the same for the same seed', () => {
    expect(JSON.stringify(make(500, 9))).toBe(JSON.stringify(make(500, 9)));
    expect(JSON.stringify(make(500, 9))).not.toBe(JSON.stringify(make(500, 10)));
  });

  test('createSyntheticDataset(options) has `size` pairings with unique ids, all on the map', () => {
    const file = make(1_000);
    expect(file.pairings).toHaveLength(1_000);
    expect(new Set(file.pairings.map((p) => p.id)).size).toBe(1_000);
    expect(file.pairings.every((p) => p.notOnMap === null)).toBe(true);
  });

  test('createSyntheticDataset(options) dates ties 1973–2025 and leaves a few undated', () => {
    const years = make(3_000).pairings.map((p) => p.year);
    const dated = years.filter((y): y is number => y !== null);
    expect(Math.min(...dated)).toBeGreaterThanOrEqual(SYNTHETIC_YEARS.first);
    expect(Math.max(...dated)).toBeLessThanOrEqual(SYNTHETIC_YEARS.last);
    expect(years.length - dated.length).toBeGreaterThan(0);
    expect(years.length - dated.length).toBeLessThan(300);
  });

  test('createSyntheticDataset(options) writes a file the app reads without problems', () => {
    const { dataset, problems } = parseDatasetFile(JSON.parse(JSON.stringify(make(300))));
    expect(problems).toEqual([]);
    expect(dataset.pairings).toHaveLength(300);
  });

  test('createSyntheticDataset rejects a size below 1 and no Chinese units', () => {
    expect(() => make(0)).toThrow('invalid size');
    expect(() => createSyntheticDataset({ size: 5, seed: 1, cnUnits: [], samplePartner, totals: [] })).toThrow('invalid cnUnits');
  });
});

describe('cnUnitsOf', () => {
  test('cnUnitsOf(file) lists each Chinese unit with coordinates once', () => {
    const file: DatasetFile = {
      format: 'sister-city-atlas',
      version: 1,
      title: '',
      sourceHash: '',
      totals: [],
      pairings: [pairing({ id: 'a' }), pairing({ id: 'b' }), pairing({ id: 'c', cn: { code: '110000', lat: null } })],
    };
    expect(cnUnitsOf(file).map((u) => u.code)).toEqual(['320100']);
  });
});
