import { describe, expect, it } from 'vitest';
import { coverageTable, officialFigureFor } from '../../../src/data/coverage';
import { parseDatasetFile } from '../../../src/data/loadDataset';
import type { OfficialTotal } from '../../../src/data/schema';
import { readAtlasFile } from './atlasFile';

const { dataset } = parseDatasetFile(readAtlasFile());
const NANJING = { code: '320100', nameEn: 'Nanjing', level: 'prefecture' as const };

function total(overrides: Partial<OfficialTotal>): OfficialTotal {
  return {
    scope: 'Nanjing',
    scopeKind: 'city',
    scopeCode: '320100',
    asOf: '2019',
    asOfYear: 2019,
    pairs: 96,
    countries: 49,
    url: '',
    note: '',
    noteZh: '',
    ...overrides,
  };
}

describe('officialFigureFor', () => {
  it('officialFigureFor(Nanjing) is the newest figure in the shipped totals, 105 (2023-10), not the older 96 (2019)', () => {
    const figure = officialFigureFor(dataset.totals, NANJING);
    expect([figure?.pairs, figure?.countries, figure?.asOf]).toEqual([105, null, '2023-10']);
    expect(figure?.note).toMatch(/105 international friendship cities/);
  });

  it('officialFigureFor(Jiangsu) finds the province figure, not a city one', () => {
    const figure = officialFigureFor(dataset.totals, { code: '320000', nameEn: 'Jiangsu', level: 'province' });
    expect(figure?.scope).toBe('Jiangsu');
    const newest = Math.max(...dataset.totals.filter((t) => t.scope === 'Jiangsu' && t.pairs !== null).map((t) => t.asOfYear));
    expect(figure?.asOfYear).toBe(newest);
  });

  it('officialFigureFor tells Suzhou (Jiangsu) from Suzhou (Anhui) by code', () => {
    const totals = [total({ scope: 'Suzhou (Jiangsu)', scopeCode: '320500', pairs: 70 })];
    expect(officialFigureFor(totals, { code: '320500', nameEn: 'Suzhou', level: 'prefecture' })?.pairs).toBe(70);
    expect(officialFigureFor(totals, { code: '341300', nameEn: 'Suzhou', level: 'prefecture' })).toBeNull();
  });

  it('officialFigureFor skips a newer row without a pair count', () => {
    const totals = [total({}), total({ asOf: '2023', asOfYear: 2023, pairs: null })];
    expect(officialFigureFor(totals, NANJING)?.asOf).toBe('2019');
  });

  it('officialFigureFor matches on the English name in files without scope codes', () => {
    expect(officialFigureFor([total({ scopeCode: '' })], NANJING)?.pairs).toBe(96);
  });

  it('officialFigureFor gives a district no figure', () => {
    expect(officialFigureFor([total({})], { code: '320102', nameEn: 'Xuanwu', level: 'district' })).toBeNull();
  });
});

describe('coverageTable', () => {
  const table = coverageTable(dataset.pairings, dataset.totals);

  it('coverageTable puts Nanjing beside its newest official 105 with its own dataset count', () => {
    const nanjing = table.find((row) => row.kind === 'city' && row.code === '320100');
    const own = dataset.pairings.filter((p) => p.cn.code === '320100').length;
    expect(nanjing).toMatchObject({ nameZh: '南京市', dataset: own, datasetAhead: false });
    expect(nanjing?.official?.pairs).toBe(105);
    expect(nanjing?.datasetWithSubunits).toBeGreaterThanOrEqual(own);
  });

  it('coverageTable lists every province with pairings, and only cities with an official figure', () => {
    const provinces = new Set(dataset.pairings.map((p) => `${p.cn.code.slice(0, 2)}0000`));
    expect(table.filter((row) => row.kind === 'province').length).toBeGreaterThanOrEqual(provinces.size);
    expect(table.filter((row) => row.kind === 'city').every((row) => row.official !== null)).toBe(true);
  });

  it('coverageTable flags a city whose dataset count passes an old official figure', () => {
    const rows = coverageTable(dataset.pairings, [total({ pairs: 3, asOf: '1990', asOfYear: 1990 })]);
    expect(rows.find((row) => row.code === '320100')?.datasetAhead).toBe(true);
  });
});
