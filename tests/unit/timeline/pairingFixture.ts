import type { Dataset, Pairing, Region } from '../../../src/data/schema';

/** A minimal pairing with a founding year, partner country and region; everything else neutral. */
export function pairing(id: string, year: number | null, iso2: string, region: Region | null = 'europe'): Pairing {
  return {
    id,
    cn: {
      code: '',
      nameEn: 'Nanjing',
      nameZh: '南京市',
      pinyin: 'nan jing',
      level: 'prefecture',
      parentEn: '',
      parentZh: '',
      provinceEn: 'Jiangsu',
      provinceZh: '江苏省',
      lat: 32.06,
      lon: 118.8,
    },
    partner: {
      nameEn: `Partner ${id}`,
      nameZh: `Partner ${id}`,
      iso2,
      countryEn: `Country ${iso2}`,
      countryZh: iso2,
      region,
      level: 'city',
      lat: 10,
      lon: 10,
    },
    relation: 'friendship city',
    year,
    yearStatus: year === null ? 'unknown' : 'sourced',
    claims: [],
    flags: [],
    notOnMap: null,
  };
}

/** A dataset of the given pairings, without official totals. */
export function dataset(pairings: Pairing[]): Dataset {
  return { title: 'fixture', pairings, totals: [] };
}
