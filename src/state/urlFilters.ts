import { CN_LEVELS, RELATIONS, YEAR_STATUSES } from '../data/enums';
import { REGIONS } from '../data/regions';
import type { CnLevel, Region, Relation, YearStatus } from '../data/schema';

/**
 * The filters as the URL carries them: per dimension, the codes a pairing must match one of (empty: no
 * filter). The same shape as the filter panel's `Filters`:
 * - `province=Jiangsu,Beijing` — the Chinese side's `cn.provinceEn`;
 * - `level=prefecture,county` — the Chinese side's level;
 * - `country=JP,KR` — the partner's ISO 3166-1 alpha-2 code (upper-cased when read), or its English
 *   country name when the code is unknown;
 * - `region=europe,unknown` — the partner's region, `unknown` for none;
 * - `relation=friendship-city` — the relation with its spaces written as hyphens;
 * - `status=conflict` — the pairing's `yearStatus`.
 * Items are comma-separated; a comma inside an item is written `%2C`.
 */
export interface UrlFilters {
  province: string[];
  level: CnLevel[];
  country: string[];
  region: (Region | 'unknown')[];
  relation: Relation[];
  yearStatus: YearStatus[];
}

/** A filter dimension. */
export type UrlFilterDimension = keyof UrlFilters;

/** The URL parameter of each filter dimension, in the order they are written. */
export const FILTER_PARAMS: Readonly<Record<UrlFilterDimension, string>> = {
  province: 'province',
  level: 'level',
  country: 'country',
  region: 'region',
  relation: 'relation',
  yearStatus: 'status',
};

/** No filter on any dimension. */
export function emptyUrlFilters(): UrlFilters {
  return { province: [], level: [], country: [], region: [], relation: [], yearStatus: [] };
}

const REGION_CODES: readonly string[] = [...REGIONS, 'unknown'];

/** Reads one URL item of a dimension into its code, or null when it is not a valid code. */
function readItem(dimension: UrlFilterDimension, item: string): string | null {
  const text = item.trim();
  if (text === '') return null;
  switch (dimension) {
    case 'province':
      return text;
    case 'country':
      return /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text;
    case 'level':
      return (CN_LEVELS as readonly string[]).includes(text) ? text : null;
    case 'region':
      return REGION_CODES.includes(text) ? text : null;
    case 'relation': {
      const relation = text.replace(/-/g, ' ');
      return (RELATIONS as readonly string[]).includes(relation) ? relation : null;
    }
    case 'yearStatus':
      return (YEAR_STATUSES as readonly string[]).includes(text) ? text : null;
  }
}

/**
 * Reads the decoded items of one dimension, dropping invalid ones (each reported to `warn`) and
 * repeats, keeping their order.
 */
export function readFilterItems(dimension: UrlFilterDimension, items: readonly string[], warn: (message: string) => void): string[] {
  const codes: string[] = [];
  for (const item of items) {
    const code = readItem(dimension, item);
    if (code === null) warn(`invalid ${FILTER_PARAMS[dimension]}: ${item}`);
    else if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** The URL form of one code of a dimension (before percent-encoding). */
export function writeFilterItem(dimension: UrlFilterDimension, code: string): string {
  return dimension === 'relation' ? code.replace(/ /g, '-') : code;
}
