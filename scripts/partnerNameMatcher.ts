import { latinWords } from '../src/data/import/nameKey';
import { US_STATES } from '../src/data/import/usStates';
import { distanceKm } from '../src/geo/distance';
import type { PartnerQuery } from './buildDataset';

/** A populated place from a gazetteer, with its names in any script. */
export interface GazetteerPlace {
  id: number;
  /** ISO 3166-1 alpha-2 country code. */
  iso2: string;
  lat: number;
  lon: number;
  /** Main and ASCII names. */
  names: readonly string[];
  /** Alternate names in any language, without language tags. */
  alternateNames: readonly string[];
  /** GeoNames feature code (PPLA2: seat of a municipality…), '' when unknown. */
  featureCode: string;
  /** GeoNames admin1 code (US: the state's postal code), '' when unknown. */
  admin1: string;
}

/** Options of `createPartnerNameMatcher`. */
export interface MatcherOptions {
  /** Largest distance in km between the partner's point and a city or district place for a match. */
  maxDistanceKm: number;
  /**
   * Largest distance in km between a city or district partner's point and a place of its name when that
   * place is the only one of the name in the country (the pack's point may be a region's centroid).
   */
  maxUniqueDistanceKm: number;
  /** Largest distance in km between a state/province partner's point and its capital of the same name. */
  maxRegionDistanceKm: number;
  /**
   * The simplified Chinese form of a Han-script alternate name of a place in that country (Japanese
   * kanji and Korean hanja converted), or null when the name cannot be read as a Chinese name.
   */
  toSimplified: (name: string, iso2: string) => string | null;
  /**
   * Whether a name as GeoNames writes it is already simplified Chinese rather than local kanji or hanja.
   * In Japan and Korea the converted local name (the official one) wins; such forms are the fallback.
   */
  isChinese: (name: string, iso2: string) => boolean;
}

const HAN_ONLY = /^[\p{Script=Han}々·]+$/u;
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u;
/** Country suffixes of local government names: 市 city, 区 ward/district, 广域市 metropolitan city… */
const JP_KR_SUFFIX = /(特别市|广域市|特别自治市|市|区|郡|町|村|县|府|道|都)$/u;
const JP_PREFECTURE_SUFFIX: Record<string, string> = { tokyo: '都', osaka: '府', kyoto: '府' };

/**
 * A name folded for matching, with the importer's and the app's normalisation (`latinWords`): no
 * accents, lower case, words split on punctuation, common abbreviations spelled out, joined by spaces.
 */
export function foldName(name: string): string {
  return latinWords(name).join(' ');
}

/**
 * The names a partner may carry in a gazetteer: the district of `City – District`, the name without a
 * parenthesis (`Ōta (Tokyo)`), without `Prefecture`/`Province`, and without the romanised Korean or
 * Japanese suffixes (`-si`, `-gun`, `-gu`, `-shi`).
 */
export function partnerKeys(nameEn: string): string[] {
  const local = (nameEn.split(/\s+[–—-]\s+/).pop() ?? nameEn).replace(/,.*$/, '');
  const bare = local
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+(Prefecture|Province|City)$/i, '')
    .trim();
  const keys = [foldName(bare), foldName(stripLocalSuffix(bare))];
  return [...new Set(keys.filter((key) => key !== ''))];
}

/** A romanised Korean or Japanese name without its local-government suffix: Gimhae-si → Gimhae. */
function stripLocalSuffix(name: string): string {
  return name.replace(/[-\s](si|gun|gu|shi|ku|machi|cho|mura|son)$/i, '');
}

/** The place's Han names in simplified form: converted local (kanji, hanja) names first, then GeoNames' Chinese ones. */
function simplifiedNames(place: GazetteerPlace, iso2: string, options: MatcherOptions): string[] {
  const chinese = new Set<string>();
  const converted = new Set<string>();
  for (const name of place.alternateNames) {
    if (!HAN_ONLY.test(name)) continue;
    const simplified = options.toSimplified(name, iso2);
    if (simplified === null) continue;
    if (options.isChinese(name, iso2)) chinese.add(simplified);
    else converted.add(simplified);
  }
  const byLength = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : 1);
  return [...[...converted].sort(byLength), ...[...chinese].filter((name) => !converted.has(name)).sort(byLength)];
}

/**
 * Picks one name of a place for the partner from `simplifiedNames` (GeoNames' Chinese forms first):
 * outside Japan and Korea the only one; there a district's 区 form, a prefecture's capital name with
 * 县 (都/府), or a city's longest form ending in 市 (蔚山广域市 over 蔚山市; Tokyo 东京都),
 * then in 郡/町/村, then the bare name (see `createPartnerNameMatcher`).
 */
function pickName(sorted: readonly string[], place: GazetteerPlace, partner: PartnerQuery): string | null {
  if (partner.iso2 !== 'JP' && partner.iso2 !== 'KR') return sorted.length === 1 ? (sorted[0] ?? null) : null;
  if (sorted.length === 0) return null;
  if (partner.level === 'district') return sorted.find((name) => name.endsWith('区')) ?? sorted[0] ?? null;
  if (partner.level === 'state/province') {
    const key = partnerKeys(partner.nameEn)[0] ?? '';
    if (!place.names.some((name) => foldName(name) === key || foldName(stripLocalSuffix(name)) === key)) return null;
    const base = (sorted.find((name) => !JP_KR_SUFFIX.test(name)) ?? sorted[0] ?? '').replace(/市$/, '');
    return `${base}${JP_PREFECTURE_SUFFIX[key] ?? '县'}`;
  }
  const longestFirst = [...sorted].sort((a, b) => b.length - a.length);
  const metropolis = partnerKeys(partner.nameEn)[0] === 'tokyo' ? sorted.find((name) => name.endsWith('都')) : undefined;
  const city = metropolis ?? longestFirst.find((name) => name.endsWith('市'));
  if (city) return city;
  const town = sorted.find((name) => /[郡町村]$/.test(name));
  if (town) return town;
  // The bare name only of a place that is the municipality itself (its own name is the partner's).
  const keys = partnerKeys(partner.nameEn);
  const itself = place.names.some((name) => keys.includes(foldName(name)) || keys.includes(foldName(stripLocalSuffix(name))));
  const bare = itself ? (sorted.find((name) => !JP_KR_SUFFIX.test(name)) ?? null) : null;
  // A municipality's seat (PPLA2) or a prefecture's capital (PPLA) named without 市 is the city itself.
  return bare !== null && partner.iso2 === 'JP' && /^PPL(A|A2|C)$/.test(place.featureCode) ? `${bare}市` : bare;
}

/** The US state a partner's name qualifies ("Morton, Illinois" → IL), or null. */
function usStateOf(partner: PartnerQuery): string | null {
  const qualifier = /,\s*([^,]+)$/.exec(partner.nameEn)?.[1];
  if (partner.iso2 !== 'US' || qualifier === undefined) return null;
  const key = foldName(qualifier);
  const entry = Object.entries(US_STATES).find(([code, name]) => foldName(name) === key || code.toLowerCase() === key);
  return entry ? entry[0] : null;
}

/** Places by `ISO2|folded name`, for every Latin name and its form without a local-government suffix. */
export type PlaceIndex = Map<string, GazetteerPlace[]>;

/** Indexes places by country and folded Latin name (main, ASCII, Latin alternates, without -si/-shi…). */
export function indexPlaces(places: Iterable<GazetteerPlace>): PlaceIndex {
  const byKey: PlaceIndex = new Map();
  for (const place of places) {
    const latinAlternates = place.alternateNames.filter((name) => LATIN.test(name));
    const all = [...place.names, ...latinAlternates];
    const keys = new Set([...all, ...all.map(stripLocalSuffix)].map(foldName).filter((key) => key !== ''));
    for (const key of keys) {
      const fullKey = `${place.iso2}|${key}`;
      const list = byKey.get(fullKey);
      if (list) list.push(place);
      else byKey.set(fullKey, [place]);
    }
  }
  return byKey;
}

/**
 * Distance in km from a partner's point to the nearest place of its name in its country, or null when
 * the partner has no point or the index has no place of that name.
 */
export function nearestNamedPlaceKm(index: PlaceIndex, partner: PartnerQuery): number | null {
  if (partner.lat === null || partner.lon === null) return null;
  const at = { lat: partner.lat, lon: partner.lon };
  let best: number | null = null;
  for (const key of partnerKeys(partner.nameEn)) {
    for (const place of index.get(`${partner.iso2}|${key}`) ?? []) {
      const km = distanceKm(at, place);
      if (best === null || km < best) best = km;
    }
  }
  return best;
}

/**
 * Builds a lookup from partner to Chinese name, matched on name AND point, never on name alone:
 *
 * 1. places in the partner's country (and US state, when the name says one: "Morton, Illinois") that carry one of the partner's names (`partnerKeys`: main, ASCII
 *    or a Latin-script alternate name), within `maxDistanceKm` of the partner's point, or within
 *    `maxUniqueDistanceKm` when it is the only place of that name in the country (for a Japanese
 *    prefecture: its capital of the same name within `maxRegionDistanceKm`); the nearest one is taken.
 *    A partner without a point must have exactly one such place in its country;
 * 2. the place's Han-script alternate names in simplified form (`toSimplified`). Outside Japan and
 *    Korea exactly one distinct form must remain; in Japan and Korea the form with the local-government
 *    suffix (明石市, 蔚山广域市) is preferred, a district takes its 区 form, a Japanese city whose
 *    GeoNames place is a municipal seat without a 市 form gets 市 added (相模原 → 相模原市), and a
 *    Japanese prefecture gets 县 (都/府 for Tokyo, Osaka, Kyoto) after its capital's name.
 *
 * Anything else answers null, and the caller keeps the English name.
 */
export function createPartnerNameMatcher(places: Iterable<GazetteerPlace> | PlaceIndex, options: MatcherOptions): (partner: PartnerQuery) => string | null {
  const byKey = places instanceof Map ? places : indexPlaces(places);
  return (partner) => {
    const region = partner.level === 'state/province';
    if (region && partner.iso2 !== 'JP') return null;
    const limit = region ? options.maxRegionDistanceKm : options.maxDistanceKm;
    const found = new Map<number, GazetteerPlace>();
    for (const key of partnerKeys(partner.nameEn)) {
      for (const place of byKey.get(`${partner.iso2}|${key}`) ?? []) found.set(place.id, place);
    }
    let candidates = [...found.values()];
    const state = usStateOf(partner);
    if (state !== null) candidates = candidates.filter((place) => place.admin1 === state);
    if (partner.lat !== null && partner.lon !== null) {
      const at = { lat: partner.lat, lon: partner.lon };
      const only = candidates.length === 1 && !region;
      const reach = only ? Math.max(limit, options.maxUniqueDistanceKm) : limit;
      candidates = candidates
        .map((place) => ({ place, km: distanceKm(at, place) }))
        .filter(({ km }) => km <= reach)
        .sort((a, b) => a.km - b.km || a.place.id - b.place.id)
        .map(({ place }) => place)
        .slice(0, 1);
    } else if (candidates.length > 1) {
      return null;
    }
    const [place] = candidates;
    if (!place) return null;
    return pickName(simplifiedNames(place, partner.iso2, options), place, partner);
  };
}
