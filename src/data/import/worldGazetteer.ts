import type { PartnerLevel } from '../schema';
import { lookupCountry } from './countries';
import { hasHan, latinWords, nameKey, splitQualifier } from './nameKey';
import { US_STATES } from './usStates';

/** A place outside mainland China in the shipped gazetteer. */
export interface WorldPlace {
  name: string;
  /** Simplified Chinese names, the usual one first; may be empty. */
  zh: string[];
  iso2: string;
  /** GeoNames admin1 code (US: the state's postal code); '' for places from the shipped dataset. */
  admin1: string;
  lat: number;
  lon: number;
  /** 0 when unknown (places from the shipped dataset). */
  population: number;
  level: PartnerLevel;
}

/** The world gazetteer, indexed by name key. */
export interface WorldGazetteer {
  byKey: ReadonlyMap<string, WorldPlace[]>;
}

function index(map: Map<string, WorldPlace[]>, names: readonly string[], place: WorldPlace): void {
  for (const key of new Set(names.map(nameKey))) {
    if (key === '') continue;
    const list = map.get(key);
    if (list) list.push(place);
    else map.set(key, [place]);
  }
}

const HAN_LOCAL_SUFFIX = /(?:广域市|特别市|特别自治市|市|县|郡)$/u;

/**
 * A Han name without its local-government suffix ("神户市" -> "神户", "蔚山广域市" -> "蔚山", "长崎县" ->
 * "长崎"), as the gazetteer indexes Chinese names; a name that would keep one character stays whole.
 */
function withoutShi(name: string): string {
  const base = name.replace(HAN_LOCAL_SUFFIX, '');
  return base.length >= 2 && base !== name ? base : name;
}

const CITY_THEN_WARD = /^.+?(?:特别市|广域市|都|市)(.{2,}区)$/u;

/**
 * The ward of a district named after its city ("首尔特别市江南区" -> "江南区", "东京都大田区" -> "大田区"), as lists
 * often write it, or null. A one-character ward (中区, 北区) is a ward of many cities, of which the
 * gazetteer may know one: it is not indexed alone, so that no list's 中区 is placed in a city by chance.
 */
function wardOf(name: string): string | null {
  return CITY_THEN_WARD.exec(name)?.[1] ?? null;
}

/**
 * Reads world.tsv (GeoNames cities: name, ascii, zh names to show, alt Han forms to match, iso2,
 * admin1, lat, lon, population) and
 * partners.tsv (the shipped dataset's other partners: name, zh, iso2, level, lat, lon; a district also
 * under its ward's name, `wardOf`), both with a header line, into one index.
 */
export function parseWorldGazetteer(worldTsv: string, partnersTsv = ''): WorldGazetteer {
  const byKey = new Map<string, WorldPlace[]>();
  for (const line of worldTsv.split('\n').slice(1)) {
    const [name = '', ascii = '', zh = '', alt = '', iso2 = '', admin1 = '', lat = '', lon = '', population = ''] = line.split('\t');
    if (name === '') continue;
    const zhNames = zh === '' ? [] : zh.split('|');
    const place: WorldPlace = { name, zh: zhNames, iso2, admin1, lat: Number(lat), lon: Number(lon), population: Number(population) || 0, level: 'city' };
    index(byKey, [name, ascii, ...zhNames, ...zhNames.map(withoutShi), ...(alt === '' ? [] : alt.split('|'))], place);
  }
  for (const line of partnersTsv.split('\n').slice(1)) {
    const [name = '', zh = '', iso2 = '', level = '', lat = '', lon = ''] = line.split('\t');
    if (name === '') continue;
    const partnerLevel: PartnerLevel = level === 'state/province' || level === 'district' || level === 'city' ? level : 'unknown';
    const place: WorldPlace = { name, zh: zh === '' ? [] : [zh], iso2, admin1: '', lat: Number(lat), lon: Number(lon), population: 0, level: partnerLevel };
    const ward = partnerLevel === 'district' ? wardOf(zh) : null;
    index(byKey, [name, zh, withoutShi(zh), ...(ward === null ? [] : [ward])], place);
  }
  return { byKey };
}

/** How a partner's name resolved. `dominant`: the largest candidate has ten times the people of the next. */
export type WorldMatch =
  | { kind: 'found'; place: WorldPlace; stripped: boolean }
  | { kind: 'ambiguous'; candidates: WorldPlace[]; dominant: boolean }
  | { kind: 'not-found' };

const LATIN_SUFFIXES = new Set([
  'province',
  'prefecture',
  'state',
  'county',
  'oblast',
  'region',
  'department',
  'governorate',
  'krai',
  'kraj',
  'voivodeship',
  'city',
  'municipality',
  'district',
  'shi',
  'si',
  'gun',
  'ken',
  'ku',
  'town',
  'borough',
]);
const ZH_SUFFIXES = /(?:市|省|州|县|郡|区|镇)$/u;

/** The name without an administrative word ("Antalya Province" -> "Antalya", "City of Perth" -> "Perth"). */
function stripAdmin(name: string): string | null {
  if (hasHan(name)) return ZH_SUFFIXES.test(name) && name.length > 2 ? name.replace(ZH_SUFFIXES, '') : null;
  const words = latinWords(name);
  if (words.length > 2 && words[0] === 'city' && words[1] === 'of') return words.slice(2).join(' ');
  if (words.length > 1 && LATIN_SUFFIXES.has(words.at(-1)!)) return words.slice(0, -1).join(' ');
  return null;
}

/** The admin1 code a qualifier names: a US state name or code, or the code itself. */
function adminCode(qualifier: string): string {
  const key = nameKey(qualifier);
  const state = Object.entries(US_STATES).find(([code, name]) => nameKey(name) === key || code.toLowerCase() === key);
  return state ? state[0] : qualifier.trim().toUpperCase();
}

function byPopulation(a: WorldPlace, b: WorldPlace): number {
  return b.population - a.population || a.name.localeCompare(b.name);
}

function candidatesOf(gazetteer: WorldGazetteer, name: string, iso2: string): WorldPlace[] {
  const key = nameKey(name);
  const base = hasHan(key) ? withoutShi(key) : key;
  const all = [...new Set([...(gazetteer.byKey.get(key) ?? []), ...(base === key ? [] : (gazetteer.byKey.get(base) ?? []))])];
  const inCountry = iso2 === '' ? [...all] : all.filter((place) => place.iso2 === iso2);
  if (inCountry.length > 0 || iso2 === '' || !hasHan(key)) return inCountry;
  // A Chinese transliteration names a word, not a place: 萨克拉门托 is "Sacramento" wherever it is. When
  // no place of the country carries it, the Latin names of the places that do are looked up in the country.
  const latin = new Set(all.map((place) => nameKey(place.name)));
  const found = new Map<WorldPlace, true>();
  for (const other of latin) for (const place of gazetteer.byKey.get(other) ?? []) if (place.iso2 === iso2) found.set(place, true);
  return [...found.keys()];
}

/**
 * Finds a partner by name (as written in English, the local Latin form, or simplified Chinese with or
 * without 市/县/郡/广域市), within its country when the ISO code is known; a Chinese name that no place
 * of that country carries is read through the Latin names of the places elsewhere that carry it
 * (萨克拉门托 in the US: Sacramento, California, not Sacramento, Brazil). A qualifier in the name narrows it: a country
 * ("Perth, Australia") or a US state or admin1 code ("Springfield, Illinois", "Springfield, MO").
 * When the name itself is unknown, an administrative word is dropped and the place of the
 * remaining name is taken, marked `stripped` ("Antalya Province" -> Antalya). Several places of one
 * name stay ambiguous: the caller decides, nothing is chosen here.
 */
export function lookupWorld(gazetteer: WorldGazetteer, text: string, iso2 = ''): WorldMatch {
  const { name, qualifier } = splitQualifier(text);
  let country = iso2.toUpperCase();
  let admin = '';
  if (qualifier !== '') {
    const named = lookupCountry(qualifier);
    const usState = qualifier.trim().toUpperCase() in US_STATES && (country === '' || country === 'US');
    if (named && !usState && (country === '' || country === named.iso2)) country = named.iso2;
    else admin = adminCode(qualifier);
  }
  let candidates = candidatesOf(gazetteer, qualifier === '' ? name : text, country);
  if (candidates.length === 0 && qualifier !== '') candidates = candidatesOf(gazetteer, name, country);
  let stripped = false;
  if (candidates.length === 0) {
    const shorter = stripAdmin(name);
    if (shorter !== null) {
      candidates = candidatesOf(gazetteer, shorter, country);
      stripped = candidates.length > 0;
    }
  }
  if (admin !== '' && candidates.length > 1) {
    const inAdmin = candidates.filter((place) => place.admin1.toUpperCase() === admin);
    if (inAdmin.length > 0) candidates = inAdmin;
  }
  if (candidates.length === 0) return { kind: 'not-found' };
  if (candidates.length === 1) return { kind: 'found', place: candidates[0]!, stripped };
  const sorted = candidates.sort(byPopulation);
  const [first, second] = sorted;
  return { kind: 'ambiguous', candidates: sorted, dominant: second !== undefined && first!.population >= 10 * Math.max(1, second.population) };
}
