import { stripCnSuffix } from '../data/import/nameKey';
import type { Dataset, Pairing } from '../data/schema';
import type { CityRef } from './state';

/** A city (or province, county, district) on either side of the pairings, with the pairings it takes part in. */
export interface City {
  key: string;
  side: 'cn' | 'partner';
  nameEn: string;
  nameZh: string;
  countryEn: string;
  countryZh: string;
  /** Chinese side: province; partner side: ''. */
  regionEn: string;
  regionZh: string;
  lat: number | null;
  lon: number | null;
  /** Indexes into `dataset.pairings`. */
  pairings: number[];
}

/** Every city of a dataset, and for each pairing the index of its city on each side. */
export interface CityIndex {
  cn: City[];
  partner: City[];
  cnOf: Int32Array;
  partnerOf: Int32Array;
}

/** The key of a pairing's Chinese unit: its GB/T 2260 code when known. */
export function cnKey(p: Pairing): string {
  return p.cn.code || `${p.cn.nameEn}|${p.cn.provinceEn}|${p.cn.level}`;
}

/** The key of a pairing's partner: name, country and level (Victoria the state is not Victoria the city). */
export function partnerKey(p: Pairing): string {
  return `${p.partner.iso2}|${p.partner.nameEn}|${p.partner.level}`;
}

const cache = new WeakMap<Dataset, CityIndex>();

/** Groups a dataset's pairings by city on both sides. Memoised per dataset object. */
export function selectCities(dataset: Dataset): CityIndex {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const cn: City[] = [];
  const partner: City[] = [];
  const cnByKey = new Map<string, number>();
  const partnerByKey = new Map<string, number>();
  // Imported ties of one city share one side object: finding it by identity skips building its key.
  const cnBySide = new Map<Pairing['cn'], number>();
  const partnerBySide = new Map<Pairing['partner'], number>();
  const cnOf = new Int32Array(dataset.pairings.length);
  const partnerOf = new Int32Array(dataset.pairings.length);
  dataset.pairings.forEach((p, i) => {
    let ci = cnBySide.get(p.cn);
    const ck = ci === undefined ? cnKey(p) : '';
    ci ??= cnByKey.get(ck);
    if (ci === undefined) {
      ci = cn.length;
      cnByKey.set(ck, ci);
      cn.push({
        key: ck,
        side: 'cn',
        nameEn: p.cn.nameEn,
        nameZh: p.cn.nameZh,
        countryEn: 'China',
        countryZh: '中国',
        regionEn: p.cn.provinceEn,
        regionZh: p.cn.provinceZh,
        lat: p.cn.lat,
        lon: p.cn.lon,
        pairings: [],
      });
    }
    cnBySide.set(p.cn, ci);
    cn[ci]!.pairings.push(i);
    cnOf[i] = ci;
    let pi = partnerBySide.get(p.partner);
    const pk = pi === undefined ? partnerKey(p) : '';
    pi ??= partnerByKey.get(pk);
    if (pi === undefined) {
      pi = partner.length;
      partnerByKey.set(pk, pi);
      partner.push({
        key: pk,
        side: 'partner',
        nameEn: p.partner.nameEn,
        nameZh: p.partner.nameZh,
        countryEn: p.partner.countryEn,
        countryZh: p.partner.countryZh,
        regionEn: '',
        regionZh: '',
        lat: p.partner.lat,
        lon: p.partner.lon,
        pairings: [],
      });
    }
    partnerBySide.set(p.partner, pi);
    const city = partner[pi]!;
    city.pairings.push(i);
    if (city.lat === null && p.partner.lat !== null) {
      city.lat = p.partner.lat;
      city.lon = p.partner.lon;
    }
    partnerOf[i] = pi;
  });
  const index = { cn, partner, cnOf, partnerOf };
  cache.set(dataset, index);
  return index;
}

/** The city a reference points at, or null when the dataset has no such city. */
export function cityOf(index: CityIndex, ref: CityRef | null): City | null {
  if (!ref) return null;
  return (ref.side === 'cn' ? index.cn : index.partner).find((c) => c.key === ref.key) ?? null;
}

/**
 * The position of `city` (one of `index`) in its side's list, `index.cn` or `index.partner`, read from
 * its first pairing: every city has one.
 */
export function cityPosition(index: CityIndex, city: City): number {
  return (city.side === 'cn' ? index.cnOf : index.partnerOf)[city.pairings[0] as number] as number;
}

/** The search key of a name: the importer's `nameKey` without an administrative suffix (南京市 → 南京). */
function normalise(name: string): string {
  return stripCnSuffix(name).key;
}

/**
 * Finds a city by its English or Chinese name ("Nanjing", "南京", "南京市", "St. Louis").
 * Exact matches win over prefix matches; among equals, the city with more ties.
 */
export function findCity(index: CityIndex, query: string): City | null {
  const q = normalise(query);
  if (!q) return null;
  let best: City | null = null;
  let bestScore = 0;
  for (const city of [...index.cn, ...index.partner]) {
    const names = [city.nameEn, city.nameZh].map(normalise);
    const score = names.includes(q) ? 2 : names.some((n) => n.startsWith(q)) ? 1 : 0;
    if (score > bestScore || (score > 0 && score === bestScore && best && city.pairings.length > best.pairings.length)) {
      best = city;
      bestScore = score;
    }
  }
  return best;
}
