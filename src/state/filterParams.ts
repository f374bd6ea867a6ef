import { clearFilters, FILTER_DIMENSIONS, type FilterDimension, type Filters } from './filters';

/** The URL parameter of each filter dimension (`?country=JP,KR&status=sourced`). */
export const FILTER_PARAMS: Readonly<Record<FilterDimension, string>> = {
  province: 'province',
  level: 'level',
  country: 'country',
  region: 'region',
  relation: 'relation',
  yearStatus: 'status',
};

function escapeCode(code: string): string {
  return code.replace(/%/g, '%25').replace(/,/g, '%2C');
}

function unescapeCode(code: string): string {
  return code.replace(/%2C/gi, ',').replace(/%25/g, '%');
}

/**
 * The URL parameters of filters: one per filtered dimension, codes joined by commas (a comma inside a
 * code, as in a country name, is written %2C). Dimensions without a filter are omitted.
 */
export function serializeFilterParams(filters: Filters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const dimension of FILTER_DIMENSIONS) {
    const codes: readonly string[] = filters[dimension];
    if (codes.length > 0) params[FILTER_PARAMS[dimension]] = codes.map(escapeCode).join(',');
  }
  return params;
}

/**
 * Filters from URL parameters (`serializeFilterParams`'s inverse). Codes are not checked against the
 * dataset: an unknown code filters to nothing, which the counter then shows, rather than being dropped.
 */
export function parseFilterParams(params: URLSearchParams): Filters {
  const filters = clearFilters();
  for (const dimension of FILTER_DIMENSIONS) {
    const value = params.get(FILTER_PARAMS[dimension]);
    if (!value) continue;
    const codes = value
      .split(',')
      .map((c) => unescapeCode(c.trim()))
      .filter((c) => c !== '');
    (filters[dimension] as string[]) = [...new Set(codes)];
  }
  return filters;
}
