import type { Dataset, Region } from '../data/schema';
import { cityPosition, selectCities, type City, type CityIndex } from './cities';
import { compileFilters, filtersKey, hasFilters, passesCompiled, selectFilterCodes, type Filters } from './filters';
import type { Scope } from './scope';
import type { AtlasState, CityRef } from './state';
import { selectViewScope } from './viewScope';
import { inYearWindow, selectYearWindow, type YearWindow } from './yearWindow';

/** What the current year window and filters show: per pairing, per city and per region. */
export interface Visible {
  /** 1 when pairing i is inside the window and passes the filters. */
  pairing: Uint8Array;
  /** Visible ties of each Chinese unit / partner, indexed like `selectCities(dataset).cn` / `.partner`. */
  cnTies: Int32Array;
  partnerTies: Int32Array;
  /** Visible ties by partner region ('unknown' for no region). */
  byRegion: Map<Region | 'unknown', number>;
  total: number;
  /** Visible ties with a founding year, and without one (only shown when the window includes them). */
  dated: number;
  undated: number;
  /** Visible pairings that can be drawn (both points known), in all and among the undated ones. */
  onMap: number;
  undatedOnMap: number;
  /** Distinct partner countries among the visible ties. */
  countries: number;
}

/** Results kept per dataset: the view's window and the all-years count the map asks for, with room to spare. */
const KEPT = 4;
const cache = new WeakMap<Dataset, { key: string; scope: Scope | null; value: Visible }[]>();

/**
 * Counts what a year window shows, optionally narrowed by filters (see `Filters`; omitted or empty = all)
 * and by a home city's scope (see `selectScope`). Memoised per dataset on the last few (window, filters,
 * scope), compared by value (the scope by identity), so callers may pass fresh objects.
 */
export function selectVisible(dataset: Dataset, window: YearWindow, filters?: Filters | null, scope?: Scope | null): Visible {
  const key = `${window.from}|${window.to}|${window.includeUnknown}|${filtersKey(filters)}`;
  const kept = cache.get(dataset) ?? [];
  cache.set(dataset, kept);
  const hit = kept.find((entry) => entry.key === key && entry.scope === (scope ?? null));
  if (hit) return hit.value;
  const index = selectCities(dataset);
  // Without filters no pairing needs its codes, which a large dataset would take a while to index.
  const codes = hasFilters(filters) ? selectFilterCodes(dataset) : null;
  const compiled = codes && compileFilters(codes, filters);
  const n = dataset.pairings.length;
  const pairing = new Uint8Array(n);
  const cnTies = new Int32Array(index.cn.length);
  const partnerTies = new Int32Array(index.partner.length);
  const byRegion = new Map<Region | 'unknown', number>();
  const countries = new Set<string>();
  let total = 0;
  let undated = 0;
  let onMap = 0;
  let undatedOnMap = 0;
  for (let i = 0; i < n; i++) {
    const p = dataset.pairings[i]!;
    if ((scope && !scope[i]) || !inYearWindow(p, window) || (codes && compiled && !passesCompiled(codes, compiled, i))) continue;
    pairing[i] = 1;
    total++;
    if (p.year === null) undated++;
    if (p.notOnMap === null) {
      onMap++;
      if (p.year === null) undatedOnMap++;
    }
    cnTies[index.cnOf[i]!]!++;
    partnerTies[index.partnerOf[i]!]!++;
    const region = p.partner.region ?? 'unknown';
    byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    countries.add(p.partner.iso2 || p.partner.countryEn);
  }
  const value = {
    pairing,
    cnTies,
    partnerTies,
    byRegion,
    total,
    dated: total - undated,
    undated,
    onMap,
    undatedOnMap,
    countries: countries.size,
  };
  kept.unshift({ key, scope: scope ?? null, value });
  kept.length = Math.min(kept.length, KEPT);
  return value;
}

/** What a state shows: its year window, filters, home city and selected city applied (see `selectViewScope`). */
export function selectStateVisible(
  state: Pick<AtlasState, 'dataset' | 'yearFrom' | 'yearTo' | 'mode' | 'includeUnknown' | 'filters' | 'home' | 'sub'> & { selected?: CityRef | null },
): Visible {
  return selectVisible(state.dataset, selectYearWindow(state), state.filters, selectViewScope(state));
}

/** The visible ties of `city`, one of `index` (the city index of the dataset `visible` counts). */
export function visibleTiesOf(visible: Visible, index: CityIndex, city: City): number {
  return (city.side === 'cn' ? visible.cnTies : visible.partnerTies)[cityPosition(index, city)] ?? 0;
}
