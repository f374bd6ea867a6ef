import { describe, expect, it } from 'vitest';
import { buildDataset, type BuildOptions, type CsvRow, type SourceRows } from '../../../scripts/buildDataset';

function pairRow(overrides: CsvRow = {}): CsvRow {
  return {
    pair_id: 'nanjing--st-louis-us',
    cn_name_en: 'Nanjing',
    cn_name_zh: '南京市',
    cn_level: 'prefecture',
    cn_parent_en: '',
    cn_province_en: 'Jiangsu',
    cn_province_zh: '江苏省',
    cn_lat: '32.06167',
    cn_lon: '118.77778',
    partner_name_en: 'St. Louis',
    partner_country_en: 'United States',
    partner_country_iso2: 'US',
    partner_level: 'city',
    partner_lat: '38.62720',
    partner_lon: '-90.19780',
    relation: 'friendship city',
    origin: 'wikipedia:china',
    qa_flags: '',
    cn_code: '320100',
    cn_parent_zh: '',
    cn_coord_source: 'gazetteer:geonames-zh-name',
    partner_coord_source: 'wikipedia-list-geocode',
    years_claimed: '',
    n_evidence: '0',
    ...overrides,
  };
}

function evidenceRow(overrides: CsvRow = {}): CsvRow {
  return {
    pair_id: 'nanjing--st-louis-us',
    year: '1979',
    date: '1979-11',
    kind: 'signing',
    reliability: 'official',
    source_url: '',
    source_title: 'Jiangsu FAO',
    note: '',
    ...overrides,
  };
}

const options: BuildOptions = {
  sourceHash: 'abc',
  countryNameZh: (iso2) => (iso2 === 'US' ? '美国' : ''),
  partnerNameZh: (partner) => (partner.nameEn === 'St. Louis' ? '圣路易斯' : null),
  totalNoteZh: (note) => (note === 'CIFCA data' ? '中国国际友好城市联合会数据' : null),
};

const GAZETTEER: CsvRow[] = [
  { code: '320000', name_en: 'Jiangsu', pinyin: 'jiang su', level: 'province', province_en: 'Jiangsu' },
  { code: '320100', name_en: 'Nanjing', pinyin: 'nan jing', level: 'prefecture', province_en: 'Jiangsu' },
];

function build(rows: Partial<SourceRows>) {
  return buildDataset({ pairs: [], evidence: [], totals: [], gazetteer: GAZETTEER, ...rows }, options);
}

describe('buildDataset', () => {
  it('buildDataset maps every column of a pairs row', () => {
    const { file, warnings } = build({ pairs: [pairRow({ qa_flags: 'a;b:c' })] });
    expect(warnings).toEqual([]);
    expect(file.pairings[0]).toEqual({
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
        lat: 32.06167,
        lon: 118.77778,
      },
      partner: {
        nameEn: 'St. Louis',
        nameZh: '圣路易斯',
        iso2: 'US',
        countryEn: 'United States',
        countryZh: '美国',
        region: 'north-america',
        level: 'city',
        lat: 38.6272,
        lon: -90.1978,
      },
      relation: 'friendship city',
      year: null,
      yearStatus: 'unknown',
      claims: [],
      flags: ['a', 'b:c'],
      notOnMap: null,
    });
  });

  it('buildDataset writes the file header with the given source hash', () => {
    const { file } = build({});
    expect([file.format, file.version, file.sourceHash, file.title]).toEqual(['sister-city-atlas', 1, 'abc', 'China friendship cities (source pack)']);
  });

  it('buildDataset falls back to the English names when no Chinese name is known', () => {
    const { file } = build({
      pairs: [pairRow({ partner_name_en: 'Nowhere', partner_country_en: 'Atlantis', partner_country_iso2: 'FR' })],
    });
    expect([file.pairings[0]?.partner.nameZh, file.pairings[0]?.partner.countryZh]).toEqual(['Nowhere', 'Atlantis']);
  });

  it('buildDataset marks a pairing without a partner point as partner-coordinates-missing', () => {
    const { file } = build({ pairs: [pairRow({ partner_lat: '', partner_lon: '' })] });
    expect(file.pairings[0]).toMatchObject({ notOnMap: 'partner-coordinates-missing', partner: { lat: null, lon: null } });
  });

  it('buildDataset names the Chinese side or both sides when their points are missing', () => {
    const cnOnly = build({ pairs: [pairRow({ cn_lon: '' })] }).file.pairings[0];
    const both = build({ pairs: [pairRow({ cn_lat: '', partner_lon: '' })] }).file.pairings[0];
    expect([cnOnly?.notOnMap, cnOnly?.cn.lat, both?.notOnMap]).toEqual(['cn-coordinates-missing', null, 'coordinates-missing']);
  });

  it('buildDataset drops an out-of-range point and says so', () => {
    const { file } = build({ pairs: [pairRow({ partner_lat: '95' })] });
    expect(file.pairings[0]).toMatchObject({ notOnMap: 'coordinates-out-of-range', partner: { lat: null, lon: null } });
  });

  it('buildDataset attaches evidence rows as claims, earliest first, and chooses the year', () => {
    const { file } = build({
      pairs: [pairRow({ years_claimed: '1979;1980', n_evidence: '2', qa_flags: 'year_claims_differ:1979/1980' })],
      evidence: [evidenceRow({ year: '1980', date: '1980-05-02', reliability: 'news' }), evidenceRow({ year: '1979', date: '1979-11', kind: 'approval' })],
    });
    const pairing = file.pairings[0];
    expect(pairing?.claims.map((c) => c.date)).toEqual(['1979-11', '1980-05-02']);
    expect([pairing?.year, pairing?.yearStatus]).toEqual([1980, 'conflict']);
  });

  it('buildDataset reads a claim row into every YearClaim field', () => {
    const { file } = build({
      pairs: [pairRow({ years_claimed: '1979', n_evidence: '1' })],
      evidence: [evidenceRow({ source_url: 'https://example.org/a', note: 'n' })],
    });
    expect(file.pairings[0]?.claims).toEqual([
      { year: 1979, date: '1979-11', kind: 'signing', reliability: 'official', url: 'https://example.org/a', title: 'Jiangsu FAO', note: 'n' },
    ]);
  });

  it('buildDataset warns when the year_claims_differ flag disagrees with the claims', () => {
    const { warnings } = build({
      pairs: [pairRow({ years_claimed: '1979', n_evidence: '1', qa_flags: 'year_claims_differ:1979/1980' })],
      evidence: [evidenceRow()],
    });
    expect(warnings).toEqual(['nanjing--st-louis-us: flag year_claims_differ set but the claims give status sourced']);
  });

  it('buildDataset warns about evidence for a pairing that does not exist', () => {
    const { warnings } = build({ evidence: [evidenceRow({ pair_id: 'ghost--town-xx' })] });
    expect(warnings).toEqual(['evidence for unknown pair_id ghost--town-xx ignored']);
  });

  it('buildDataset sorts pairings by id and skips a repeated id', () => {
    const { file, warnings } = build({
      pairs: [pairRow({ pair_id: 'b--x-us' }), pairRow({ pair_id: 'a--x-us' }), pairRow({ pair_id: 'b--x-us' })],
    });
    expect(file.pairings.map((p) => p.id)).toEqual(['a--x-us', 'b--x-us']);
    expect(warnings).toEqual(['b--x-us: duplicate pair_id skipped']);
  });

  it('buildDataset reads unknown enum values with fallbacks and warns', () => {
    const { file, warnings } = build({ pairs: [pairRow({ relation: 'twin', partner_level: 'village' })] });
    expect([file.pairings[0]?.relation, file.pairings[0]?.partner.level, warnings.length]).toEqual(['unknown', 'unknown', 2]);
  });

  it('buildDataset parses the official totals', () => {
    const { file } = build({
      totals: [{ scope: 'China', as_of: '2015-06', pairs: '2209', countries: '', source_url: '', note: 'CIFCA data' }],
    });
    expect(file.totals).toEqual([
      {
        scope: 'China',
        scopeKind: 'national',
        scopeCode: '',
        asOf: '2015-06',
        asOfYear: 2015.42,
        pairs: 2209,
        countries: null,
        url: '',
        note: 'CIFCA data',
        noteZh: '中国国际友好城市联合会数据',
      },
    ]);
  });

  it('buildDataset resolves city and province scopes of totals to their codes', () => {
    const total = { as_of: '2019', pairs: '96', countries: '49', source_url: '', note: '' };
    const { file, warnings } = build({
      totals: [
        { ...total, scope: 'Nanjing' },
        { ...total, scope: 'Jiangsu' },
        { ...total, scope: 'Atlantis' },
      ],
    });
    expect(file.totals.map((t) => [t.scopeKind, t.scopeCode])).toEqual([
      ['city', '320100'],
      ['province', '320000'],
      ['city', ''],
    ]);
    expect(warnings).toEqual(['official_totals row 3: scope "Atlantis" names no single province or city of the gazetteer']);
  });
});
