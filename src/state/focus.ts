import type { Dataset, Pairing } from '../data/schema';
import { cityOf, selectCities } from './cities';
import { compileFilters, filtersKey, passesCompiled, selectFilterCodes, type Filters } from './filters';
import type { LonLat } from './frame';
import type { CityRef } from './state';

/** The ties the whole UI is about, whatever the year window: those passing the filters, of the selected city if any. */
export interface Focus {
  /** 1 when pairing i is in focus. */
  mask: Uint8Array;
  /** The pairings in focus, in dataset order (feed them to the timeline's bins and to Play). */
  pairings: Pairing[];
}

let last: { dataset: Dataset; key: string; value: Focus } | null = null;

/** The ties in focus for filters and a selection (either may be empty). Memoised on the last call by value. */
export function selectFocus(dataset: Dataset, filters: Filters | null | undefined, selected: CityRef | null): Focus {
  const key = `${filtersKey(filters)}#${selected ? `${selected.side}:${selected.key}` : ''}`;
  if (last && last.dataset === dataset && last.key === key) return last.value;
  const codes = selectFilterCodes(dataset);
  const compiled = compileFilters(codes, filters);
  const mask = new Uint8Array(dataset.pairings.length);
  const pairings: Pairing[] = [];
  const city = selected ? cityOf(selectCities(dataset), selected) : null;
  const candidates = city ? city.pairings : dataset.pairings.map((_, i) => i);
  for (const i of candidates) {
    if (!passesCompiled(codes, compiled, i)) continue;
    mask[i] = 1;
    pairings.push(dataset.pairings[i]!);
  }
  const value = { mask, pairings };
  last = { dataset, key, value };
  return value;
}

/** What a city shows under the current window and filters: for "Wuxi: 24 ties with 14 countries" and the camera. */
export interface CityTies {
  ties: number;
  dated: number;
  undated: number;
  countries: number;
  /** The visible ties, as indexes into `dataset.pairings`. */
  pairings: number[];
  /** The city's point, or null when unknown. */
  point: LonLat | null;
  /** The other side's points of the visible ties on the map (partners of a Chinese unit, or the reverse). */
  others: LonLat[];
}

/** Counts a city's ties among the visible ones (`selectVisible(...).pairing`); null when the city is not in the dataset. */
export function selectCityTies(dataset: Dataset, visible: Uint8Array, ref: CityRef | null): CityTies | null {
  const city = cityOf(selectCities(dataset), ref);
  if (!city) return null;
  const countries = new Set<string>();
  const pairings: number[] = [];
  const others: LonLat[] = [];
  let undated = 0;
  for (const i of city.pairings) {
    if (!visible[i]) continue;
    const p = dataset.pairings[i]!;
    pairings.push(i);
    if (p.year === null) undated++;
    countries.add(p.partner.iso2 || p.partner.countryEn);
    const other = city.side === 'cn' ? p.partner : p.cn;
    if (p.notOnMap === null && other.lat !== null && other.lon !== null) others.push([other.lon, other.lat]);
  }
  return {
    ties: pairings.length,
    dated: pairings.length - undated,
    undated,
    countries: countries.size,
    pairings,
    point: city.lat !== null && city.lon !== null ? [city.lon, city.lat] : null,
    others,
  };
}
