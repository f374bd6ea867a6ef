import type { Dataset, Pairing, Relation } from '../../../src/data/schema';
import { pairing } from '../pairing';

/** A varied small dataset: two Chinese cities, partners in JP, US and AU, dated and undated ties. */
export function tieFixture(): Dataset {
  const tie = (
    id: string,
    year: number | null,
    cn: Partial<Pairing['cn']>,
    partner: Partial<Pairing['partner']>,
    relation: Relation = 'friendship city',
    notOnMap: Pairing['notOnMap'] = null,
  ): Pairing => ({
    ...pairing({ id, year, cn, partner, notOnMap }),
    relation,
  });
  const wuxi = { code: '320200', nameEn: 'Wuxi', nameZh: '无锡市', lat: 31.49, lon: 120.31 };
  const hefei = { code: '340100', nameEn: 'Hefei', nameZh: '合肥市', provinceEn: 'Anhui', provinceZh: '安徽省', lat: 31.82, lon: 117.23 };
  const akashi = { nameEn: 'Akashi', nameZh: '明石', iso2: 'JP', countryEn: 'Japan', countryZh: '日本', region: 'east-asia' as const, lat: 34.64, lon: 134.99 };
  const perth = {
    nameEn: 'Perth',
    nameZh: '珀斯',
    iso2: 'AU',
    countryEn: 'Australia',
    countryZh: '澳大利亚',
    region: 'oceania' as const,
    lat: -31.95,
    lon: 115.86,
  };
  return {
    title: 'ties',
    totals: [],
    pairings: [
      tie('nanjing--st-louis', 1979, {}, {}),
      tie('wuxi--akashi', 1981, wuxi, akashi),
      tie('wuxi--perth', null, wuxi, perth, 'unknown'),
      tie('hefei--akashi', 1995, hefei, akashi, 'friendly exchange city'),
      tie('hefei--st-louis', null, hefei, {}, 'unknown', 'partner-coordinates-missing'),
    ],
  };
}
