import { decodeComponent, encodeItem, encodeValue, joinQuery, splitQuery } from './queryString';
import { type Camera, formatCamera, parseCamera } from './urlCamera';
import { readOrigins } from './urlOrigins';
import { emptyUrlFilters, FILTER_PARAMS, readFilterItems, type UrlFilters, writeFilterItem } from './urlFilters';
import type { Lang, YearMode } from './state';

/** An inclusive span of founding years. */
export interface YearSpan {
  from: number;
  to: number;
}

/**
 * The view as the URL states it. The parameter names are a contract (README "The view in the URL"):
 * `lang`, `projection`, `years`, `mode`, `unknown`, `city`, `home`, `sub`, `embed`, `camera`, `data`,
 * `origins`, the filters (`UrlFilters`), and the presenter's `present`, `tour`, `kiosk`.
 */
export interface UrlState {
  /** `lang=zh|en`; null: not stated (the app picks the browser's language). */
  lang: Lang | null;
  /** `projection=globe|mercator`. */
  projection: 'globe' | 'mercator';
  /** `years=1980-2000` or `years=1995`; null: the dataset's full range. */
  years: YearSpan | null;
  /** `mode=cumulative|range`. */
  mode: YearMode;
  /** `unknown=0|1`: whether ties of unknown year are shown. */
  includeUnknown: boolean;
  /** `city=`: the selected city as written (GB code, Chinese or English name); see `resolveCityRef`. */
  city: string | null;
  /** `home=`: the home unit as written (GB code, Chinese or English name); see `resolveUnit`. */
  home: string | null;
  /** `sub=0|1`: whether home mode includes the home unit's districts and counties. */
  sub: boolean;
  /** `embed=1`: the embed view. */
  embed: boolean;
  /** `camera=lon,lat,zoom[,bearing,pitch]`; null: the app frames the data. */
  camera: Camera | null;
  /** `data=<url>`: a dataset to load instead of the shipped one. */
  data: string | null;
  /** `origins=https://a.example.org,https://b.example.org`: origins whose postMessage commands are obeyed. */
  origins: string[];
  /** The filters, one parameter per dimension (`country=JP,KR`). */
  filters: UrlFilters;
  /** `present=1`: presenter mode. */
  present: boolean;
  /** `tour=<name>`: the presenter's tour, carried as written. */
  tour: string | null;
  /** `kiosk=1`: presenter kiosk mode. */
  kiosk: boolean;
}

/** Values the URL omits because they are what the app shows anyway; both depend on the dataset or browser. */
export interface UrlDefaults {
  /** The dataset's full year range. */
  years?: YearSpan | null;
  /** The language the app would pick without `lang=`. */
  lang?: Lang | null;
}

/** The state of a URL without parameters. */
export function defaultUrlState(): UrlState {
  return {
    lang: null,
    projection: 'globe',
    years: null,
    mode: 'cumulative',
    includeUnknown: true,
    city: null,
    home: null,
    sub: true,
    embed: false,
    camera: null,
    data: null,
    origins: [],
    filters: emptyUrlFilters(),
    present: false,
    tour: null,
    kiosk: false,
  };
}

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Reads `1980-2000` or `1995`, or null when it is not such a span (reversed spans are invalid). */
export function parseYears(text: string): YearSpan | null {
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : null;
}

function validYears(years: YearSpan | null): YearSpan | null {
  if (!years || !Number.isInteger(years.from) || !Number.isInteger(years.to)) return null;
  if (years.from < MIN_YEAR || years.to > MAX_YEAR || years.from > years.to) return null;
  return years;
}

/** A reference or URL as written: trimmed, null when empty. */
function text(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const FLAG = { '0': false, '1': true } as const;

/**
 * Reads the view from a query string (`location.search`). Unknown parameters are ignored; an invalid value
 * falls back to the default and is reported to `warn` (the app passes `console.warn`). Never throws.
 */
export function parseUrlState(search: string, warn: (message: string) => void = () => {}): UrlState {
  const state = defaultUrlState();
  const raw = splitQuery(search);
  const value = (name: string): string | null => {
    const encoded = raw.get(name);
    if (encoded === undefined) return null;
    const decoded = decodeComponent(encoded);
    if (decoded === null) warn(`invalid ${name}: ${encoded}`);
    return decoded;
  };
  const list = (name: string): string[] | null => {
    const encoded = raw.get(name);
    if (encoded === undefined) return null;
    return encoded.split(',').flatMap((item) => {
      const decoded = decodeComponent(item);
      if (decoded === null) warn(`invalid ${name}: ${item}`);
      return decoded === null ? [] : [decoded];
    });
  };
  const pick = <T>(name: string, read: (v: string) => T | undefined | null, apply: (v: T) => void): void => {
    const v = value(name);
    if (v === null) return;
    const parsed = read(v);
    if (parsed === undefined || parsed === null) warn(`invalid ${name}: ${v}`);
    else apply(parsed);
  };
  const flag = (v: string): boolean | undefined => FLAG[v as keyof typeof FLAG];
  const switchFlag = (v: string): boolean | undefined => (v === '' ? true : flag(v));

  pick(
    'lang',
    (v) => (v === 'zh' || v === 'en' ? v : null),
    (v) => {
      state.lang = v;
    },
  );
  pick(
    'projection',
    (v) => (v === 'globe' || v === 'mercator' ? v : null),
    (v) => {
      state.projection = v;
    },
  );
  pick(
    'years',
    (v) => validYears(parseYears(v)),
    (v) => {
      state.years = v;
    },
  );
  pick(
    'mode',
    (v) => (v === 'cumulative' || v === 'range' ? v : null),
    (v) => {
      state.mode = v;
    },
  );
  pick('unknown', flag, (v) => {
    state.includeUnknown = v;
  });
  pick('city', text, (v) => {
    state.city = v;
  });
  pick('home', text, (v) => {
    state.home = v;
  });
  pick('sub', flag, (v) => {
    state.sub = v;
  });
  pick('embed', switchFlag, (v) => {
    state.embed = v;
  });
  pick('camera', parseCamera, (v) => {
    state.camera = v;
  });
  pick('data', text, (v) => {
    state.data = v;
  });
  pick('present', switchFlag, (v) => {
    state.present = v;
  });
  pick('tour', text, (v) => {
    state.tour = v;
  });
  pick('kiosk', switchFlag, (v) => {
    state.kiosk = v;
  });
  const origins = list('origins');
  if (origins) state.origins = readOrigins(origins, warn);
  for (const dimension of Object.keys(FILTER_PARAMS) as (keyof UrlFilters)[]) {
    const items = list(FILTER_PARAMS[dimension]);
    if (items) (state.filters[dimension] as string[]) = readFilterItems(dimension, items, warn);
  }
  return state;
}

/**
 * Writes the view as a query string (with its `?`, or '' for the default view), omitting every default:
 * the fixed ones of `defaultUrlState` and the dataset's full year range and the browser's language from
 * `defaults`. Values are normalised the way `parseUrlState` reads them, so serialize ∘ parse ∘ serialize
 * equals serialize.
 */
export function serializeUrlState(state: UrlState, defaults: UrlDefaults = {}): string {
  const ignore = (): void => {};
  const fixed = defaultUrlState();
  const pairs: [string, string][] = [];
  const put = (name: string, v: string | null): void => {
    if (v !== null) pairs.push([name, v]);
  };
  put('lang', state.lang && state.lang !== defaults.lang ? state.lang : null);
  put('projection', state.projection !== fixed.projection ? state.projection : null);
  const years = validYears(state.years);
  const fullRange = validYears(defaults.years ?? null);
  if (years && !(fullRange && years.from === fullRange.from && years.to === fullRange.to)) {
    put('years', years.from === years.to ? String(years.from) : `${years.from}-${years.to}`);
  }
  put('mode', state.mode !== fixed.mode ? state.mode : null);
  put('unknown', state.includeUnknown !== fixed.includeUnknown ? (state.includeUnknown ? '1' : '0') : null);
  const city = text(state.city);
  put('city', city && encodeValue(city));
  const home = text(state.home);
  put('home', home && encodeValue(home));
  put('sub', state.sub !== fixed.sub ? (state.sub ? '1' : '0') : null);
  put('embed', state.embed ? '1' : null);
  put('camera', state.camera ? formatCamera(state.camera) : null);
  const data = text(state.data);
  put('data', data && encodeValue(data));
  const origins = readOrigins(state.origins, ignore);
  put('origins', origins.length > 0 ? origins.map(encodeItem).join(',') : null);
  for (const dimension of Object.keys(FILTER_PARAMS) as (keyof UrlFilters)[]) {
    const codes = readFilterItems(
      dimension,
      state.filters[dimension].map((c) => writeFilterItem(dimension, c)),
      ignore,
    );
    const items = codes.map((code) => encodeItem(writeFilterItem(dimension, code)));
    put(FILTER_PARAMS[dimension], items.length > 0 ? items.join(',') : null);
  }
  put('present', state.present ? '1' : null);
  const tour = text(state.tour);
  put('tour', tour && encodeValue(tour));
  put('kiosk', state.kiosk ? '1' : null);
  return joinQuery(pairs);
}
