import { CODES_WITH_REGION } from '../regions';
import { nameKey } from './nameKey';

/** A country as the importer records it on a partner. */
export interface Country {
  iso2: string;
  nameEn: string;
  nameZh: string;
}

/**
 * Names people write that the locale data does not give (older, official or colloquial forms),
 * by ISO 3166-1 alpha-2 code.
 */
const ALIASES: Record<string, string[]> = {
  US: ['USA', 'U.S.A.', 'U.S.', 'America', 'United States of America', '美利坚合众国', '美利坚'],
  GB: [
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'United Kingdom of Great Britain and Northern Ireland',
    '英格兰',
    '苏格兰',
    '威尔士',
    '北爱尔兰',
    '大不列颠',
  ],
  KR: ['Korea', 'Republic of Korea', 'Korea, Republic of', 'ROK', 'S. Korea', '南韩', '大韩民国'],
  KP: ['DPRK', "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", 'N. Korea', '北韩'],
  RU: ['Russian Federation', '俄国', '俄罗斯联邦'],
  CZ: ['Czech Republic', '捷克共和国'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  NL: ['Holland', 'The Netherlands'],
  VN: ['Viet Nam', '越南社会主义共和国'],
  LA: ['Laos', 'Lao PDR', "Lao People's Democratic Republic"],
  IR: ['Iran', 'Islamic Republic of Iran'],
  SY: ['Syria', 'Syrian Arab Republic'],
  CI: ['Ivory Coast', "Côte d'Ivoire", 'Cote d Ivoire'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia', 'FYROM', 'North Macedonia'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of the Congo', 'Congo, Democratic Republic of the'],
  CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See'],
  BN: ['Brunei Darussalam'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
  PS: ['Palestine'],
  FM: ['Micronesia'],
  VC: ['Saint Vincent and the Grenadines'],
  CN: ['PRC', "People's Republic of China", '中华人民共和国'],
};

let index: ReadonlyMap<string, Country> | null = null;

function displayNames(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    return (code) => names.of(code) ?? '';
  } catch {
    return () => '';
  }
}

/**
 * A name as the locale data writes it and as people do: `&` also as "and" (the runtime says
 * "Bosnia & Herzegovina", "St. Kitts & Nevis"), and "St." also as "Saint".
 */
function spellings(name: string): string[] {
  const and = name.replace(/\s*&\s*/g, ' and ');
  const saint = (text: string): string => text.replace(/\bSt\.?\s+/g, 'Saint ');
  return [...new Set([name, and, saint(name), saint(and)])];
}

/** Every country, indexed by the keys of its code, its English and Chinese names and its aliases. */
function countryIndex(): ReadonlyMap<string, Country> {
  if (index) return index;
  const en = displayNames('en');
  const zh = displayNames('zh-Hans');
  const zhHant = displayNames('zh-Hant');
  const map = new Map<string, Country>();
  const add = (name: string, country: Country): void => {
    for (const variant of spellings(name)) {
      const key = nameKey(variant);
      if (key !== '' && !map.has(key)) map.set(key, country);
    }
  };
  const codes = [...CODES_WITH_REGION, 'AQ'];
  const countries = codes.map((iso2) => ({ iso2, nameEn: en(iso2) || iso2, nameZh: zh(iso2) || en(iso2) || iso2 }));
  for (const country of countries) map.set(country.iso2.toLowerCase(), country);
  for (const country of countries) {
    add(country.nameEn, country);
    add(country.nameZh, country);
    add(zhHant(country.iso2), country);
    for (const alias of ALIASES[country.iso2] ?? []) add(alias, country);
  }
  index = map;
  return map;
}

/**
 * The country a cell names: an ISO 3166-1 alpha-2 code (any case), or its name in English or
 * Chinese (simplified or traditional; common short and official forms such as USA, UK, South Korea,
 * 韩国, 南韩, Russian Federation). Names come from the runtime's locale data (`Intl.DisplayNames`).
 * Returns null when nothing matches.
 */
export function lookupCountry(text: string): Country | null {
  const key = nameKey(text);
  if (key === '') return null;
  return countryIndex().get(key) ?? countryIndex().get(nameKey(text.replace(/^the\s+/i, ''))) ?? null;
}

/** The country of an ISO 3166-1 alpha-2 code, with its names; null for unknown codes. */
export function countryOf(iso2: string): Country | null {
  return /^[A-Za-z]{2}$/.test(iso2.trim()) ? lookupCountry(iso2.trim()) : null;
}
