import type { PartnerQuery } from '../src/data/buildDataset';

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
}

/** Options of `createPartnerNameMatcher`. */
export interface MatcherOptions {
  /** Largest distance in km between the partner's point and the place for a match. */
  maxDistanceKm: number;
  /** Whether a name written in Han characters reads as simplified Chinese for a place in that country. */
  isSimplifiedChinese: (name: string, iso2: string) => boolean;
}

const HAN_ONLY = /^[\p{Script=Han}·]+$/u;
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u;
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** A name folded for matching: no accents, lower case, words split on punctuation, common abbreviations spelled out. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** Great-circle distance in km on a sphere of the Earth's mean radius. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Builds a lookup from partner to Chinese name that answers only when the answer is unambiguous:
 *
 * 1. the partner is a city or district (regions are not in a gazetteer of populated places);
 * 2. exactly one place in the partner's country carries the partner's English name (main, ASCII or a
 *    Latin-script alternate name) and, when the partner has a point, lies within `maxDistanceKm` of it;
 * 3. exactly one distinct alternate name of that place is written in Han characters only and passes
 *    `isSimplifiedChinese`.
 *
 * Anything else answers null, and the caller keeps the English name.
 */
export function createPartnerNameMatcher(
  places: Iterable<GazetteerPlace>,
  options: MatcherOptions,
): (partner: PartnerQuery) => string | null {
  const byKey = new Map<string, GazetteerPlace[]>();
  for (const place of places) {
    const latinAlternates = place.alternateNames.filter((name) => LATIN.test(name));
    const keys = new Set([...place.names, ...latinAlternates].map(foldName).filter((key) => key !== ''));
    for (const key of keys) {
      const fullKey = `${place.iso2}|${key}`;
      const list = byKey.get(fullKey);
      if (list) list.push(place);
      else byKey.set(fullKey, [place]);
    }
  }
  return (partner) => {
    if (partner.level !== 'city' && partner.level !== 'district') return null;
    const candidates = (byKey.get(`${partner.iso2}|${foldName(partner.nameEn)}`) ?? []).filter(
      (place) =>
        partner.lat === null ||
        partner.lon === null ||
        distanceKm(partner.lat, partner.lon, place.lat, place.lon) <= options.maxDistanceKm,
    );
    const [place, ...others] = candidates;
    if (!place || others.length > 0) return null;
    const names = new Set(
      place.alternateNames.filter(
        (name) => HAN_ONLY.test(name) && options.isSimplifiedChinese(name, partner.iso2),
      ),
    );
    const [name, ...otherNames] = names;
    return name !== undefined && otherNames.length === 0 ? name : null;
  };
}
