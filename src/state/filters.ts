import type { CnLevel, Dataset, Pairing, Region, Relation, YearStatus } from '../data/schema';

/**
 * The filter panel's choices: for each dimension, the codes a pairing must match one of.
 * An empty array means "no filter" on that dimension; dimensions combine with AND.
 * - `province`: the Chinese side's `cn.provinceEn` ("Jiangsu"). The English name, not a GB/T 2260 code,
 *   because imported files often have no code but always name the province, and it reads well in a URL.
 * - `level`: the Chinese side's level.
 * - `country`: the partner's ISO 3166-1 alpha-2 code, or its English country name when the code is unknown
 *   (the same key as the timeline's `countryKey`).
 * - `region`: the partner's region, `unknown` for partners without one.
 * - `relation`, `yearStatus`: the pairing's fields.
 */
export interface Filters {
  province: string[];
  level: CnLevel[];
  country: string[];
  region: (Region | 'unknown')[];
  relation: Relation[];
  yearStatus: YearStatus[];
}

/** A dimension of the filter panel. */
export type FilterDimension = keyof Filters;

/** Every dimension, in panel order. */
export const FILTER_DIMENSIONS: readonly FilterDimension[] = ['province', 'level', 'country', 'region', 'relation', 'yearStatus'];

/** No filter on any dimension. */
export function clearFilters(): Filters {
  return { province: [], level: [], country: [], region: [], relation: [], yearStatus: [] };
}

/** Whether any dimension filters anything. */
export function hasFilters(filters: Filters | null | undefined): boolean {
  return !!filters && FILTER_DIMENSIONS.some((dimension) => filters[dimension].length > 0);
}

/** A pairing's code in one dimension (see `Filters` for what each code is). */
export function filterCode(pairing: Pairing, dimension: FilterDimension): string {
  switch (dimension) {
    case 'province':
      return pairing.cn.provinceEn;
    case 'level':
      return pairing.cn.level;
    case 'country':
      return pairing.partner.iso2 || pairing.partner.countryEn;
    case 'region':
      return pairing.partner.region ?? 'unknown';
    case 'relation':
      return pairing.relation;
    case 'yearStatus':
      return pairing.yearStatus;
  }
}

/** Whether a pairing passes every filter. Fine for one pairing; whole datasets go through `selectFilterCodes`. */
export function matchesFilters(pairing: Pairing, filters: Filters): boolean {
  return FILTER_DIMENSIONS.every((dimension) => {
    const codes: readonly string[] = filters[dimension];
    return codes.length === 0 || codes.includes(filterCode(pairing, dimension));
  });
}

/** Adds a code to a dimension, or removes it when it is there (a legend or chart click). Returns new filters. */
export function toggleFilter(filters: Filters, dimension: FilterDimension, code: string): Filters {
  const codes: readonly string[] = filters[dimension];
  const next = codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
  return { ...filters, [dimension]: next };
}

/**
 * Reads untrusted filters (URL, test hook, embed options): keeps string codes per known dimension,
 * drops anything else, and fills missing dimensions with "no filter". Unknown codes are kept:
 * they match nothing, which shows the user an empty result rather than silently dropping the filter.
 */
export function parseFilters(value: unknown): Filters {
  const filters = clearFilters();
  if (!value || typeof value !== 'object') return filters;
  for (const dimension of FILTER_DIMENSIONS) {
    const codes = (value as Record<string, unknown>)[dimension];
    const list = Array.isArray(codes) ? codes : typeof codes === 'string' ? [codes] : [];
    (filters[dimension] as string[]) = [...new Set(list.filter((c): c is string => typeof c === 'string' && c !== ''))];
  }
  return filters;
}

/** A stable text key of filters, for memoising (order of codes does not matter). */
export function filtersKey(filters: Filters | null | undefined): string {
  if (!hasFilters(filters)) return '';
  return FILTER_DIMENSIONS.map((dimension) => [...filters![dimension]].sort().join(',')).join('|');
}

/** Every pairing's code per dimension, as an index into that dimension's list of distinct codes. */
export interface FilterCodes {
  /** Distinct codes of each dimension, in first-seen order. */
  options: Record<FilterDimension, string[]>;
  /** For each dimension, pairing i's code is `options[dimension][of[dimension][i]]`. */
  of: Record<FilterDimension, Int32Array>;
  /** For each dimension, the index of the first pairing with each option (to name the option). */
  first: Record<FilterDimension, number[]>;
}

/** One dimension of {@link FilterCodes}: its distinct codes, each pairing's code index, and each code's first pairing. */
interface FilterColumn {
  options: string[];
  of: Int32Array;
  first: number[];
}

const columnCache = new WeakMap<Dataset, Partial<Record<FilterDimension, FilterColumn>>>();
const codesCache = new WeakMap<Dataset, FilterCodes>();

/**
 * The codes of every pairing in one dimension, computed once per dataset object. `prepareDataset`
 * builds the dimensions one task at a time; {@link selectFilterCodes} then only gathers them.
 */
export function selectFilterColumn(dataset: Dataset, dimension: FilterDimension): FilterColumn {
  let columns = columnCache.get(dataset);
  if (!columns) {
    columns = {};
    columnCache.set(dataset, columns);
  }
  const hit = columns[dimension];
  if (hit) return hit;
  const n = dataset.pairings.length;
  const options: string[] = [];
  const first: number[] = [];
  const byCode = new Map<string, number>();
  const of = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const code = filterCode(dataset.pairings[i]!, dimension);
    let k = byCode.get(code);
    if (k === undefined) {
      k = options.length;
      byCode.set(code, k);
      options.push(code);
      first.push(i);
    }
    of[i] = k;
  }
  const column = { options, of, first };
  columns[dimension] = column;
  return column;
}

/** The codes of every pairing, computed once per dataset object. */
export function selectFilterCodes(dataset: Dataset): FilterCodes {
  const hit = codesCache.get(dataset);
  if (hit) return hit;
  const options = {} as Record<FilterDimension, string[]>;
  const of = {} as Record<FilterDimension, Int32Array>;
  const first = {} as Record<FilterDimension, number[]>;
  for (const dimension of FILTER_DIMENSIONS) {
    const column = selectFilterColumn(dataset, dimension);
    options[dimension] = column.options;
    of[dimension] = column.of;
    first[dimension] = column.first;
  }
  const codes = { options, of, first };
  codesCache.set(dataset, codes);
  return codes;
}

/** Filters compiled against a dataset's codes: per dimension, 1 for each allowed option, or null for "all". */
export type CompiledFilters = Record<FilterDimension, Uint8Array | null>;

/** Compiles filters for fast per-pairing tests (`passesCompiled`). */
export function compileFilters(codes: FilterCodes, filters: Filters | null | undefined): CompiledFilters {
  const compiled = {} as CompiledFilters;
  for (const dimension of FILTER_DIMENSIONS) {
    const wanted: readonly string[] = filters?.[dimension] ?? [];
    if (wanted.length === 0) {
      compiled[dimension] = null;
      continue;
    }
    const options = codes.options[dimension];
    const allowed = new Uint8Array(options.length);
    options.forEach((code, k) => {
      if (wanted.includes(code)) allowed[k] = 1;
    });
    compiled[dimension] = allowed;
  }
  return compiled;
}

/** Whether pairing i passes compiled filters. */
export function passesCompiled(codes: FilterCodes, compiled: CompiledFilters, i: number): boolean {
  for (const dimension of FILTER_DIMENSIONS) {
    const allowed = compiled[dimension];
    if (allowed && !allowed[codes.of[dimension][i]!]) return false;
  }
  return true;
}
