import type { Camera } from '../state/urlCamera';
import { FILTER_PARAMS, type UrlFilters } from '../state/urlFilters';
import { encodeItem, encodeValue, joinQuery } from '../state/queryString';
import { defaultUrlState, parseUrlState, type UrlState, type YearSpan } from '../state/urlState';
import type { Lang, YearMode } from '../state/state';

/**
 * Options of `createAtlas(element, options)`: the URL parameters (same names, same values, same defaults —
 * except `embed`, on by default in a portal's page) plus `baseUrl`. A value the URL would reject is dropped
 * with a warning, as in the URL.
 */
export interface AtlasOptions {
  /** Where the built module finds its worker, data and base map; defaults to the module's own URL. */
  baseUrl?: string;
  /** As `lang=`; defaults to the browser's language. */
  lang?: Lang;
  projection?: 'globe' | 'mercator';
  /** As `years=`: `{ from: 1980, to: 2020 }`, `'1980-2020'` or a single year. Defaults to the dataset's range. */
  years?: YearSpan | string | number;
  mode?: YearMode;
  /** As `unknown=`: whether ties of unknown year are shown (default true). */
  unknown?: boolean;
  /** As `city=`: the selected city (GB code, Chinese or English name). */
  city?: string;
  /** As `home=`: show one unit's ties (GB code, Chinese or English name). */
  home?: string;
  /** As `sub=`: include the home's districts and counties (default true). */
  sub?: boolean;
  /** As `embed=`: the compact view; default true here. */
  embed?: boolean;
  /** As `camera=`: an object, or `'lon,lat,zoom[,bearing,pitch]'`. */
  camera?: (Partial<Camera> & Pick<Camera, 'lon' | 'lat' | 'zoom'>) | string;
  /** As `data=`: a dataset URL, relative to the page. */
  data?: string;
  /** As the filter parameters (`country: ['JP', 'KR']`); see `UrlFilters`. */
  filters?: Partial<UrlFilters>;
}

/** Options every portal gets unless it says otherwise. */
const LIBRARY_DEFAULTS = { embed: true } as const;

function yearsText(years: AtlasOptions['years']): string {
  if (typeof years === 'object' && years !== null) return `${years.from}-${years.to}`;
  return String(years);
}

function cameraText(camera: AtlasOptions['camera']): string {
  if (typeof camera !== 'object' || camera === null) return String(camera);
  const { lon, lat, zoom, bearing = 0, pitch = 0 } = camera;
  return [lon, lat, zoom, bearing, pitch].map(String).join(',');
}

const flag = (value: unknown): string => (value === true ? '1' : value === false ? '0' : String(value));

/**
 * The view of a set of options, read by the same rules as the URL (`parseUrlState`): invalid values fall back to
 * the default and are reported to `warn`. Plain JavaScript callers may pass anything; this never throws.
 */
export function urlStateFromOptions(options: AtlasOptions, warn: (message: string) => void = () => {}): UrlState {
  const o = { ...LIBRARY_DEFAULTS, ...options } as Record<string, unknown> & AtlasOptions;
  const params: [string, string][] = [];
  const put = (name: string, value: unknown, write: (v: never) => string = String) => {
    if (value !== undefined && value !== null) params.push([name, encodeValue(write(value as never))]);
  };
  put('lang', o.lang);
  put('projection', o.projection);
  put('years', o.years, yearsText);
  put('mode', o.mode);
  put('unknown', o.unknown, flag);
  put('city', o.city);
  put('home', o.home);
  put('sub', o.sub, flag);
  put('embed', o.embed, flag);
  put('camera', o.camera, cameraText);
  put('data', o.data);
  const filters = (typeof o.filters === 'object' && o.filters !== null ? o.filters : {}) as Record<string, unknown>;
  for (const [dimension, name] of Object.entries(FILTER_PARAMS)) {
    const codes = filters[dimension];
    if (Array.isArray(codes)) params.push([name, codes.map((code) => encodeItem(String(code))).join(',')]);
    else if (codes !== undefined) warn(`invalid filters.${dimension}: ${String(codes)}`);
  }
  return parseUrlState(joinQuery(params), warn);
}

/** The attributes of `<sister-city-atlas>`: the URL parameter names, plus `base-url`. */
export const ELEMENT_ATTRIBUTES: readonly string[] = [
  'base-url',
  'lang',
  'projection',
  'years',
  'mode',
  'unknown',
  'city',
  'home',
  'sub',
  'embed',
  'camera',
  'data',
  ...Object.values(FILTER_PARAMS),
];

/**
 * The options of a `<sister-city-atlas home="无锡" lang="zh" years="1980-2020">` element: each attribute read
 * like the URL parameter of the same name (`embed` present without a value means on; `country="JP,KR"` lists
 * items with commas), invalid values dropped with a warning. Only stated, valid values become options.
 */
export function optionsFromAttributes(getAttribute: (name: string) => string | null, warn: (message: string) => void = () => {}): AtlasOptions {
  const params: [string, string][] = [];
  for (const name of ELEMENT_ATTRIBUTES) {
    const value = getAttribute(name);
    if (value !== null && name !== 'base-url') params.push([name, encodeValue(value)]);
  }
  const state = parseUrlState(joinQuery(params), warn);
  const stated = new Set(params.map(([name]) => name));
  const fixed = defaultUrlState();
  const options: AtlasOptions = {};
  const baseUrl = getAttribute('base-url')?.trim();
  if (baseUrl) options.baseUrl = baseUrl;
  if (state.lang) options.lang = state.lang;
  if (stated.has('projection') && state.projection !== fixed.projection) options.projection = state.projection;
  if (state.years) options.years = state.years;
  if (stated.has('mode') && state.mode !== fixed.mode) options.mode = state.mode;
  if (stated.has('unknown') && state.includeUnknown !== fixed.includeUnknown) options.unknown = state.includeUnknown;
  if (state.city) options.city = state.city;
  if (state.home) options.home = state.home;
  if (stated.has('sub') && state.sub !== fixed.sub) options.sub = state.sub;
  // Stated even when it is the URL's default: the library's default is the other way round.
  if (['', '0', '1'].includes(getAttribute('embed') ?? 'absent')) options.embed = state.embed;
  if (state.camera) options.camera = state.camera;
  if (state.data) options.data = state.data;
  const filters: Partial<UrlFilters> = {};
  for (const dimension of Object.keys(FILTER_PARAMS) as (keyof UrlFilters)[]) {
    if (state.filters[dimension].length > 0) (filters[dimension] as string[]) = state.filters[dimension];
  }
  if (Object.keys(filters).length > 0) options.filters = filters;
  return options;
}
