import type { Dataset } from '../data/schema';
import { vocabulary } from '../i18n/messages/vocabulary';
import { selectCities } from './cities';
import { selectFilterCodes, type FilterDimension } from './filters';

/** One bar: what it counts (a filter code, or a Chinese unit's `CityRef` key), its names and its ties. */
export interface ChartBar {
  code: string;
  nameEn: string;
  nameZh: string;
  count: number;
}

/** One chart: its biggest bars, most ties first, and how many ties the bars left out. */
export interface ChartSeries {
  bars: ChartBar[];
  rest: number;
}

/**
 * The linked charts for the visible ties. Clicking a bar of `countries`, `provinces` or `relations`
 * toggles that code in the `country`, `province` or `relation` filter; a bar of `cities` selects the
 * Chinese unit `{ side: 'cn', key: code }`.
 */
export interface Charts {
  countries: ChartSeries;
  cities: ChartSeries;
  provinces: ChartSeries;
  relations: ChartSeries;
}

function top(bars: ChartBar[], limit: number): ChartSeries {
  const sorted = bars.filter((b) => b.count > 0).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const kept = sorted.slice(0, Math.max(0, limit));
  const rest = sorted.slice(kept.length).reduce((sum, b) => sum + b.count, 0);
  return { bars: kept, rest };
}

function byCode(dataset: Dataset, mask: Uint8Array, dimension: FilterDimension, name: (i: number, code: string) => [string, string]): ChartBar[] {
  const codes = selectFilterCodes(dataset);
  const options = codes.options[dimension];
  const of = codes.of[dimension];
  const counts = new Int32Array(options.length);
  for (let i = 0; i < mask.length; i++) if (mask[i]) counts[of[i]!]!++;
  return options.map((code, k) => {
    const [nameEn, nameZh] = name(codes.first[dimension][k]!, code);
    return { code, nameEn, nameZh, count: counts[k]! };
  });
}

let last: { dataset: Dataset; mask: Uint8Array; limit: number; value: Charts } | null = null;

/**
 * Chart data for the visible ties (`selectVisible(...).pairing`, which already applies the window and
 * the filters): top `limit` partner countries and Chinese units, and every province and relation type.
 * Memoised on the last (dataset, mask object, limit).
 */
export function selectCharts(dataset: Dataset, mask: Uint8Array, limit = 10): Charts {
  if (last && last.dataset === dataset && last.mask === mask && last.limit === limit) return last.value;
  const p = dataset.pairings;
  const countries = byCode(dataset, mask, 'country', (i, code) => [
    p[i]!.partner.countryEn || code,
    p[i]!.partner.countryZh || p[i]!.partner.countryEn || code,
  ]);
  const provinces = byCode(dataset, mask, 'province', (i, code) => [code, p[i]!.cn.provinceZh || code]);
  const relations = byCode(dataset, mask, 'relation', (_, code) => {
    const message = vocabulary[`Relation.${code}` as keyof typeof vocabulary];
    return message ? [message.en, message.zh] : [code, code];
  });
  const index = selectCities(dataset);
  const cityCounts = new Int32Array(index.cn.length);
  for (let i = 0; i < mask.length; i++) if (mask[i]) cityCounts[index.cnOf[i]!]!++;
  const cities = index.cn.map((city, k) => ({ code: city.key, nameEn: city.nameEn, nameZh: city.nameZh, count: cityCounts[k]! }));
  const value = {
    countries: top(countries, limit),
    cities: top(cities, limit),
    provinces: top(provinces, Number.MAX_SAFE_INTEGER),
    relations: top(relations, Number.MAX_SAFE_INTEGER),
  };
  last = { dataset, mask, limit, value };
  return value;
}
