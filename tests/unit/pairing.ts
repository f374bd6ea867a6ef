import type { Pairing } from '../../src/data/schema';

/** A pairing for unit tests: sensible defaults, overridden field by field. */
export function pairing(
  overrides: { id?: string; year?: number | null; cn?: Partial<Pairing['cn']>; partner?: Partial<Pairing['partner']>; notOnMap?: Pairing['notOnMap'] } = {},
): Pairing {
  const year = overrides.year === undefined ? 1979 : overrides.year;
  return {
    id: overrides.id ?? 'nanjing--st-louis-us',
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
      ...overrides.cn,
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
      ...overrides.partner,
    },
    relation: 'friendship city',
    year,
    yearStatus: year === null ? 'unknown' : 'sourced',
    claims: [],
    flags: [],
    notOnMap: overrides.notOnMap ?? null,
  };
}
