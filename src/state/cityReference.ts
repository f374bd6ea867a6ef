import { nameKey, splitQualifier } from '../data/import/nameKey';
import type { Dataset } from '../data/schema';
import { type City, selectCities } from './cities';
import { resolveUnit } from './resolveUnit';
import type { CityRef } from './state';

const byName = new WeakMap<Dataset, Map<string, City[]>>();

/** The partners of a dataset by the key of their English and Chinese names. Memoised per dataset. */
function partnersByName(dataset: Dataset): Map<string, City[]> {
  const hit = byName.get(dataset);
  if (hit) return hit;
  const map = new Map<string, City[]>();
  for (const city of selectCities(dataset).partner) {
    for (const key of new Set([nameKey(city.nameEn), nameKey(city.nameZh)])) {
      map.set(key, [...(map.get(key) ?? []), city]);
    }
  }
  byName.set(dataset, map);
  return map;
}

/** Whether a partner lies in the country a qualifier names (ISO2 code, English or Chinese name). */
function inCountry(city: City, qualifier: string): boolean {
  const q = nameKey(qualifier);
  const iso2 = city.key.slice(0, city.key.indexOf('|'));
  return [iso2, city.countryEn, city.countryZh].some((c) => c !== '' && nameKey(c) === q);
}

/**
 * The city a URL's `city=` names, as a selection: a city key as `selectCities` makes them (`JP|Akashi|city`,
 * `320200`), a Chinese unit with ties of its own (see `resolveUnit`), or a partner by its English or Chinese
 * name, optionally qualified by its country (`Victoria, CA`, `Victoria, Canada`); among equal partners, the one
 * with more ties. Null when nothing matches.
 */
export function resolveCityRef(dataset: Dataset, reference: string): CityRef | null {
  const query = reference.normalize('NFKC').trim();
  if (query === '') return null;
  const index = selectCities(dataset);
  for (const side of ['cn', 'partner'] as const) {
    if (index[side].some((city) => city.key === query)) return { side, key: query };
  }
  const unit = resolveUnit(dataset, query);
  if (unit?.hasTies) {
    const key = unit.code || index.cn.find((c) => c.nameZh === unit.nameZh && c.regionZh === unit.provinceZh)?.key;
    if (key && index.cn.some((city) => city.key === key)) return { side: 'cn', key };
  }
  const { name, qualifier } = splitQualifier(query);
  let best: City | null = null;
  const key = nameKey(name);
  for (const city of key === '' ? [] : (partnersByName(dataset).get(key) ?? [])) {
    if (qualifier && !inCountry(city, qualifier)) continue;
    if (!best || city.pairings.length > best.pairings.length) best = city;
  }
  return best ? { side: 'partner', key: best.key } : null;
}

/**
 * The shortest `city=` value that `resolveCityRef` reads back as the same selection: a Chinese unit's GB code,
 * a partner's English name, its name and country code (`Victoria, CA`), or else its key (`TH|Bangkok|city`).
 */
export function cityReference(dataset: Dataset, ref: CityRef): string {
  const index = selectCities(dataset);
  const city = (ref.side === 'cn' ? index.cn : index.partner).find((c) => c.key === ref.key);
  if (!city) return ref.key;
  const iso2 = ref.side === 'partner' ? city.key.slice(0, city.key.indexOf('|')) : '';
  const candidates = ref.side === 'cn' ? [city.key, city.nameZh] : [city.nameEn, iso2 ? `${city.nameEn}, ${iso2}` : `${city.nameEn}, ${city.countryEn}`];
  for (const candidate of candidates) {
    const back = resolveCityRef(dataset, candidate);
    if (back && back.side === ref.side && back.key === ref.key) return candidate;
  }
  return ref.key;
}
