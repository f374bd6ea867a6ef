import type { Dataset, Pairing, Region } from '../data/schema';
import { REGIONS } from '../data/regions';

/** A stack segment of a year bar: a partner region, or `unknown` for partners without a region. */
export type RegionKey = Region | 'unknown';

/** Stack order of the bars, bottom first: the legend's region order, partners without a region last. */
export const REGION_KEYS: readonly RegionKey[] = [...REGIONS, 'unknown'];

/** The earliest year the axis can show; older dates are treated as out of axis. */
export const AXIS_MIN_YEAR = 1900;

/** Where the axis starts when the data has no dated tie (the first Chinese ties date from 1973). */
export const DEFAULT_FIRST_YEAR = 1970;

/** Ties counted per partner region. */
export type RegionCounts = Record<RegionKey, number>;

/** One bar of the histogram. */
export interface YearBin {
  year: number;
  total: number;
  byRegion: RegionCounts;
}

/** The years on the axis: the first year in the data to the current year, both inclusive. */
export interface YearExtent {
  first: number;
  last: number;
  /** False when no tie has a year inside the axis (empty dataset or only undated ties). */
  hasDated: boolean;
}

/** Everything the timeline draws, derived from a dataset. */
export interface TimelineBins {
  extent: YearExtent;
  /** One bin per year of the extent, in order. */
  years: YearBin[];
  /** Ties whose year is unknown. */
  unknown: YearBin;
  /**
   * Ties left off the axis: dated before it (they still count cumulatively), after it, or with a year
   * that is not a number.
   */
  outside: { below: number; above: number; invalid: number };
  /** Ties with a usable year (inside the axis or before it). */
  dated: number;
  /** Every tie in the dataset. */
  total: number;
  /** Largest yearly total, 0 when there is none. */
  maxPerYear: number;
  /** Aligned with `years`: dated ties founded by the end of each year, and their distinct partner countries. */
  cumulative: { ties: number[]; countries: number[] };
}

/** Counts with every region at zero. */
export function emptyRegionCounts(): RegionCounts {
  return Object.fromEntries(REGION_KEYS.map((key) => [key, 0])) as RegionCounts;
}

/** The key that identifies a partner country: its ISO code, or its English name when the code is missing. */
export function countryKey(pairing: Pick<Pairing, 'partner'>): string {
  return pairing.partner.iso2 || pairing.partner.countryEn;
}

/**
 * The year a pairing sits on, or null when unknown. A year that is not a finite number counts as
 * unknown-but-invalid (`NaN`); a fractional year is rounded up, as the year filter (`year <= yearTo`)
 * first shows it in that year.
 */
export function pairingYear(pairing: Pick<Pairing, 'year'>): number | null {
  if (pairing.year === null) return null;
  return Number.isFinite(pairing.year) ? Math.ceil(pairing.year) : Number.NaN;
}

function checkCurrentYear(currentYear: number): void {
  if (!Number.isInteger(currentYear) || currentYear < AXIS_MIN_YEAR) {
    throw new Error(`invalid currentYear: ${currentYear}`);
  }
}

/** The axis years: from the first year in the data (not before 1900) to `currentYear`. */
export function selectYearExtent(pairings: readonly Pick<Pairing, 'year'>[], currentYear: number): YearExtent {
  checkCurrentYear(currentYear);
  let first = Number.POSITIVE_INFINITY;
  for (const pairing of pairings) {
    const year = pairingYear(pairing);
    if (year !== null && year >= AXIS_MIN_YEAR && year <= currentYear && year < first) first = year;
  }
  if (first === Number.POSITIVE_INFINITY) {
    return { first: Math.min(DEFAULT_FIRST_YEAR, currentYear), last: currentYear, hasDated: false };
  }
  return { first, last: currentYear, hasDated: true };
}

/** Bins a dataset by founding year and partner region, with the unknown bucket and cumulative counts. */
export function binPairings(dataset: Pick<Dataset, 'pairings'>, currentYear: number): TimelineBins {
  const extent = selectYearExtent(dataset.pairings, currentYear);
  const years: YearBin[] = [];
  for (let year = extent.first; year <= extent.last; year++) {
    years.push({ year, total: 0, byRegion: emptyRegionCounts() });
  }
  const unknown: YearBin = { year: Number.NaN, total: 0, byRegion: emptyRegionCounts() };
  const outside = { below: 0, above: 0, invalid: 0 };
  let belowTies = 0;
  const belowCountries = new Set<string>();
  const countriesByYear = new Map<number, Set<string>>();

  for (const pairing of dataset.pairings) {
    const year = pairingYear(pairing);
    const region: RegionKey = pairing.partner.region ?? 'unknown';
    if (year === null) {
      unknown.total++;
      unknown.byRegion[region]++;
    } else if (Number.isNaN(year)) {
      outside.invalid++;
    } else if (year > extent.last) {
      outside.above++;
    } else if (year < extent.first) {
      // Only years before 1900 land here; they pass the cumulative filter, so they count from the start.
      outside.below++;
      belowTies++;
      belowCountries.add(countryKey(pairing));
    } else {
      const bin = years[year - extent.first];
      if (!bin) continue;
      bin.total++;
      bin.byRegion[region]++;
      let countries = countriesByYear.get(year);
      if (!countries) {
        countries = new Set();
        countriesByYear.set(year, countries);
      }
      countries.add(countryKey(pairing));
    }
  }

  const seen = new Set(belowCountries);
  let running = belowTies;
  const ties: number[] = [];
  const countries: number[] = [];
  for (const bin of years) {
    running += bin.total;
    for (const key of countriesByYear.get(bin.year) ?? []) seen.add(key);
    ties.push(running);
    countries.push(seen.size);
  }

  return {
    extent,
    years,
    unknown,
    outside,
    dated: running,
    total: dataset.pairings.length,
    maxPerYear: years.reduce((max, bin) => Math.max(max, bin.total), 0),
    cumulative: { ties, countries },
  };
}
