/**
 * English and Chinese names for the countries of world-atlas (Natural Earth admin 0).
 *
 * world-atlas ids are ISO 3166-1 numeric codes. Unicode's locale data already maps each of them
 * to its alpha-2 code as a region alias, so canonicalising the locale `und-156` gives `und-CN`;
 * `Intl.DisplayNames` then names the region in Chinese. English keeps Natural Earth's short map
 * names ("Dem. Rep. Congo"), which are made for labels.
 */

/** Names of one country label. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2, or '' for places without one (Somaliland, N. Cyprus...). */
  iso2: string;
  nameEn: string;
  nameZh: string;
}

/** Natural Earth features without a usable numeric id, by their Natural Earth name. */
const WITHOUT_ID: Record<string, { iso2: string; zh: string }> = {
  Kosovo: { iso2: 'XK', zh: '科索沃' },
  Somaliland: { iso2: '', zh: '索马里兰' },
  'N. Cyprus': { iso2: '', zh: '北塞浦路斯' },
  'Indian Ocean Ter.': { iso2: '', zh: '澳大利亚印度洋领地' },
  'Siachen Glacier': { iso2: '', zh: '锡亚琴冰川' },
  // Shares Australia's numeric id in world-atlas.
  'Ashmore and Cartier Is.': { iso2: '', zh: '阿什莫尔和卡捷群岛' },
};

/** Chinese names shorter than the Unicode display names, as a map label wants them. */
const ZH_LABEL: Record<string, string> = {
  HK: '香港',
  MO: '澳门',
  PS: '巴勒斯坦',
};

/** English names Natural Earth has since seen changed. */
const EN_LABEL: Record<string, string> = {
  Macedonia: 'N. Macedonia',
  eSwatini: 'Eswatini',
  'Faeroe Is.': 'Faroe Is.',
};

const zhRegions = new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'none' });

/** The ISO 3166-1 alpha-2 code of an ISO numeric code ('156' -> 'CN'), or '' when unknown. */
export function iso2FromNumeric(numeric: string): string {
  if (!/^\d{3}$/.test(numeric)) return '';
  const [canonical] = Intl.getCanonicalLocales(`und-${numeric}`);
  const region = canonical?.split('-')[1] ?? '';
  return /^[A-Z]{2}$/.test(region) ? region : '';
}

/**
 * Names a world-atlas country from its numeric id (may be missing) and Natural Earth name.
 * Throws when a place has neither a known id nor an entry here, so that a new world-atlas
 * release cannot quietly ship a label without a Chinese name.
 */
export function countryNames(id: string | undefined, neName: string): CountryNames {
  const nameEn = EN_LABEL[neName] ?? neName;
  const special = WITHOUT_ID[neName];
  if (special) return { iso2: special.iso2, nameEn, nameZh: special.zh };
  const iso2 = iso2FromNumeric(id ?? '');
  const nameZh = ZH_LABEL[iso2] ?? (iso2 ? zhRegions.of(iso2) : undefined);
  if (!nameZh) throw new Error(`invalid country: no Chinese name for ${neName} (${String(id)})`);
  return { iso2, nameEn, nameZh };
}
