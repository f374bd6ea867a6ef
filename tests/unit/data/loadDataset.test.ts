import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../../../src/data/loadDataset';
import type { DatasetFile, Pairing } from '../../../src/data/schema';
import { claim } from './claimFixture';

function pairing(overrides: Partial<Pairing> = {}): Pairing {
  return {
    id: 'nanjing--st-louis-us',
    cn: {
      code: '320100',
      nameEn: 'Nanjing',
      nameZh: '南京市',
      pinyin: 'nan jing',
      level: 'prefecture',
      parentEn: '',
      parentZh: '',
      provinceEn: 'Jiangsu',
      provinceZh: '江苏省',
      lat: 32.06,
      lon: 118.78,
    },
    partner: {
      nameEn: 'St. Louis',
      nameZh: '圣路易斯',
      iso2: 'US',
      countryEn: 'United States',
      countryZh: '美国',
      region: 'north-america',
      level: 'city',
      lat: 38.63,
      lon: -90.2,
    },
    relation: 'friendship city',
    year: 1979,
    yearStatus: 'sourced',
    claims: [claim(1979)],
    flags: [],
    notOnMap: null,
    ...overrides,
  };
}

function file(pairings: unknown[], totals: unknown[] = []): unknown {
  return { format: 'sister-city-atlas', version: 1, title: 'T', sourceHash: 'h', pairings, totals };
}

describe('parseDatasetFile', () => {
  it('parseDatasetFile reads a valid file without problems', () => {
    const total = {
      scope: 'China',
      scopeKind: 'national',
      scopeCode: '',
      asOf: '2015-06',
      asOfYear: 2015.42,
      pairs: 2209,
      countries: null,
      url: '',
      note: '',
      noteZh: '',
    };
    const input = file([pairing()], [total]) as DatasetFile;
    expect(parseDatasetFile(input)).toEqual({
      dataset: { title: 'T', pairings: [pairing()], totals: [total] },
      problems: [],
    });
  });

  it.each([
    ['not an object', [1, 2]],
    ['another format', { format: 'geojson', version: 1, pairings: [], totals: [] }],
    ['another version', { format: 'sister-city-atlas', version: 2, pairings: [], totals: [] }],
    ['pairings not a list', { format: 'sister-city-atlas', version: 1, pairings: {}, totals: [] }],
    ['totals missing', { format: 'sister-city-atlas', version: 1, pairings: [] }],
  ])('parseDatasetFile throws on a wrong top level: %s', (_name, json) => {
    expect(() => parseDatasetFile(json)).toThrow(/^invalid dataset: /);
  });

  it('parseDatasetFile keeps a pairing with a broken point, nulls the point and sets notOnMap', () => {
    const broken = { ...pairing(), partner: { ...pairing().partner, lat: 'north', lon: 500 } };
    const { dataset, problems } = parseDatasetFile(file([broken]));
    expect(dataset.pairings[0]).toMatchObject({
      notOnMap: 'partner-coordinates-missing',
      partner: { lat: null, lon: null },
    });
    expect(problems).toContain('nanjing--st-louis-us: partner.lat is not a number');
  });

  it('parseDatasetFile reports an out-of-range point as coordinates-out-of-range', () => {
    const far = { ...pairing(), cn: { ...pairing().cn, lat: 120 } };
    const { dataset, problems } = parseDatasetFile(file([far]));
    expect([dataset.pairings[0]?.notOnMap, dataset.pairings[0]?.cn.lat]).toEqual(['coordinates-out-of-range', null]);
    expect(problems).toEqual(['nanjing--st-louis-us: notOnMap should be coordinates-out-of-range']);
  });

  it('parseDatasetFile keeps a non-coordinate notOnMap reason when the points are usable', () => {
    const { dataset } = parseDatasetFile(file([pairing({ notOnMap: 'ambiguous-name' })]));
    expect(dataset.pairings[0]?.notOnMap).toBe('ambiguous-name');
  });

  it('parseDatasetFile coerces unknown enum values and missing strings with fallbacks', () => {
    const odd = { ...pairing(), relation: 'twin', cn: { ...pairing().cn, level: 'village', nameZh: 7 } };
    const { dataset, problems } = parseDatasetFile(file([odd]));
    expect([dataset.pairings[0]?.relation, dataset.pairings[0]?.cn.level, dataset.pairings[0]?.cn.nameZh]).toEqual(['unknown', 'prefecture', '']);
    expect(problems).toHaveLength(3);
  });

  it('parseDatasetFile chooses the year from the claims when year and yearStatus do not fit', () => {
    const claims = [claim(1980), claim(1979, { kind: 'approval' })];
    const { dataset } = parseDatasetFile(file([{ ...pairing(), claims, year: '1979', yearStatus: 'sure' }]));
    expect([dataset.pairings[0]?.year, dataset.pairings[0]?.yearStatus]).toEqual([1980, 'conflict']);
  });

  it('parseDatasetFile sorts claims earliest first and drops a claim without a year', () => {
    const claims = [claim(1990), { kind: 'signing' }, claim(1985)];
    const { dataset, problems } = parseDatasetFile(file([{ ...pairing(), claims, year: 1985, yearStatus: 'conflict' }]));
    expect(dataset.pairings[0]?.claims.map((c) => c.year)).toEqual([1985, 1990]);
    expect(problems).toEqual(['nanjing--st-louis-us: claims has a claim without a whole year; claim dropped']);
  });

  it('parseDatasetFile fills a missing region from the country code', () => {
    const noRegion = { ...pairing(), partner: { ...pairing().partner, region: 'mars' } };
    expect(parseDatasetFile(file([noRegion])).dataset.pairings[0]?.partner.region).toBe('north-america');
  });

  it('parseDatasetFile drops records without an id and repeated ids, with a problem each', () => {
    const { dataset, problems } = parseDatasetFile(file([pairing(), 'junk', { ...pairing(), id: '' }, pairing()]));
    expect(dataset.pairings).toHaveLength(1);
    expect(problems).toEqual(['pairing 2: no id; dropped', 'pairing 3: no id; dropped', 'nanjing--st-louis-us: repeated id; dropped']);
  });

  it('parseDatasetFile derives asOfYear from asOf and drops a total without a date', () => {
    const { dataset, problems } = parseDatasetFile(
      file(
        [],
        [
          { scope: 'China', asOf: '2004-12', pairs: 1129 },
          { scope: 'China', asOf: 'later', pairs: 1 },
        ],
      ),
    );
    expect(dataset.totals).toEqual([
      { scope: 'China', scopeKind: 'national', scopeCode: '', asOf: '2004-12', asOfYear: 2004.92, pairs: 1129, countries: null, url: '', note: '', noteZh: '' },
    ]);
    expect(problems).toEqual(['total 2: asOf is not a date; total dropped']);
  });

  it('parseDatasetFile reads an older file without pinyin or total scope kinds, without problems', () => {
    const { cn, ...rest } = pairing();
    const { pinyin: _unused, ...oldCn } = cn;
    const { dataset, problems } = parseDatasetFile(
      file([{ ...rest, cn: oldCn }], [{ scope: 'China–Japan', asOf: '2023-07', asOfYear: 2023.5, pairs: 263, countries: 1, url: '', note: '' }]),
    );
    expect(problems).toEqual([]);
    expect(dataset.pairings[0]?.cn.pinyin).toBe('');
    expect([dataset.totals[0]?.scopeKind, dataset.totals[0]?.scopeCode]).toEqual(['bilateral', '']);
  });
});
