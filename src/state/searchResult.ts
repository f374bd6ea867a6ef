import type { CnLevel, PartnerLevel } from '../data/schema';

/**
 * One search result.
 * - `cn` and `partner`: a city; `{ side: kind, key }` is its `CityRef` (the keys of `selectCities`).
 * - `country`: a partner country; `key` is its `Filters.country` code, and choosing it means
 *   "filter to this country's partners".
 */
export interface SearchResult {
  kind: 'cn' | 'partner' | 'country';
  key: string;
  nameEn: string;
  nameZh: string;
  /** The city's level, null for a country. */
  level: CnLevel | PartnerLevel | null;
  /** Chinese units: the province (Suzhou, Jiangsu vs Suzhou, Anhui); '' otherwise. */
  provinceEn: string;
  provinceZh: string;
  /** Chinese counties and districts: the parent prefecture (Qixia in Nanjing); '' otherwise. */
  parentEn: string;
  parentZh: string;
  /** The country: China for Chinese units, the partner's country, or the country itself. */
  countryEn: string;
  countryZh: string;
  /** Ties in the whole dataset. */
  ties: number;
}
