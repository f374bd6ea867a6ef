import type { Dataset, Pairing } from '../data/schema';
import { vocabulary } from '../i18n/messages/vocabulary';
import { compileFilters, FILTER_DIMENSIONS, filtersKey, selectFilterCodes, type FilterDimension, type Filters } from './filters';
import type { Scope } from './scope';
import { inYearWindow, type YearWindow } from './yearWindow';

/** One option of a filter dimension, with its names and how many ties it would show. */
export interface FacetOption {
  code: string;
  nameEn: string;
  nameZh: string;
  /** Ties in the year window that pass the filters of the OTHER dimensions and have this code. */
  count: number;
  /** Whether the option is among the current filters. */
  selected: boolean;
}

/** The options of every dimension; within one, the most ties first, then by code. */
export type Facets = Record<FilterDimension, FacetOption[]>;

type VocabularyKey = keyof typeof vocabulary;

const VOCABULARY_PREFIX: Partial<Record<FilterDimension, string>> = {
  level: 'Level.',
  region: 'Region.',
  relation: 'Relation.',
  yearStatus: 'YearStatus.',
};

function optionNames(dimension: FilterDimension, code: string, pairing: Pairing | undefined): [string, string] {
  const prefix = VOCABULARY_PREFIX[dimension];
  if (prefix) {
    const message = vocabulary[`${prefix}${code}` as VocabularyKey];
    return message ? [message.en, message.zh] : [code, code];
  }
  if (!pairing) return [code, code];
  if (dimension === 'province') return [pairing.cn.provinceEn, pairing.cn.provinceZh || pairing.cn.provinceEn];
  return [pairing.partner.countryEn || code, pairing.partner.countryZh || pairing.partner.countryEn || code];
}

let last: { dataset: Dataset; key: string; scope: Scope | null; value: Facets } | null = null;

/**
 * Counts every filter option under the year window, the usual faceted-search way: an option's count
 * applies the filters of all other dimensions but not its own, so ticking a second country adds ties.
 * Options with no tie in the window are kept (count 0) so the panel does not jump. One pass over the
 * pairings; memoised on the last (dataset, window, filters, scope). With a `scope` (see `selectViewScope`),
 * only the pairings in it count.
 */
export function selectFacets(dataset: Dataset, window: YearWindow, filters?: Filters | null, scope?: Scope | null): Facets {
  const key = `${window.from}|${window.to}|${window.includeUnknown}|${filtersKey(filters)}`;
  if (last && last.dataset === dataset && last.key === key && last.scope === (scope ?? null)) return last.value;
  const codes = selectFilterCodes(dataset);
  const compiled = compileFilters(codes, filters);
  const counts = FILTER_DIMENSIONS.map((d) => new Int32Array(codes.options[d].length));
  const of = FILTER_DIMENSIONS.map((d) => codes.of[d]);
  const allowed = FILTER_DIMENSIONS.map((d) => compiled[d]);
  const dims = FILTER_DIMENSIONS.length;
  for (let i = 0; i < dataset.pairings.length; i++) {
    if ((scope && !scope[i]) || !inYearWindow(dataset.pairings[i]!, window)) continue;
    // A tie failing no filter counts in every dimension; failing exactly one, only in that dimension.
    let failed = -1;
    let failures = 0;
    for (let d = 0; d < dims && failures < 2; d++) {
      const ok = allowed[d];
      if (ok && !ok[of[d]![i]!]) {
        failures++;
        failed = d;
      }
    }
    if (failures > 1) continue;
    for (let d = 0; d < dims; d++) {
      if (failures === 0 || d === failed) counts[d]![of[d]![i]!]!++;
    }
  }
  const value = {} as Facets;
  FILTER_DIMENSIONS.forEach((dimension, d) => {
    const selected: readonly string[] = filters?.[dimension] ?? [];
    value[dimension] = codes.options[dimension]
      .map((code, k) => {
        const [nameEn, nameZh] = optionNames(dimension, code, dataset.pairings[codes.first[dimension][k]!]);
        return { code, nameEn, nameZh, count: counts[d]![k]!, selected: selected.includes(code) };
      })
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  });
  last = { dataset, key, scope: scope ?? null, value };
  return value;
}
