import type { Dataset, Region } from '../data/schema';
import { selectCities } from './cities';
import { compileFilters, filtersKey, passesCompiled, selectFilterCodes, type Filters } from './filters';
import { inYearWindow, type YearWindow } from './yearWindow';

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

let last: { dataset: Dataset; key: string; value: Visible } | null = null;

/**
 * Counts what a year window shows, optionally narrowed by filters (see `Filters`; omitted or empty = all).
 * Memoised on the last (dataset, window, filters) by value, so callers may pass fresh objects.
 */
export function selectVisible(dataset: Dataset, window: YearWindow, filters?: Filters | null): Visible {
  const key = `${window.from}|${window.to}|${window.includeUnknown}|${filtersKey(filters)}`;
  if (last && last.dataset === dataset && last.key === key) return last.value;
  const index = selectCities(dataset);
  const codes = selectFilterCodes(dataset);
  const compiled = compileFilters(codes, filters);
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
    if (!inYearWindow(p, window) || !passesCompiled(codes, compiled, i)) continue;
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
    pairing, cnTies, partnerTies, byRegion, total, dated: total - undated, undated, onMap, undatedOnMap,
    countries: countries.size,
  };
  last = { dataset, key, value };
  return value;
}
