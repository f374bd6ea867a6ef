/**
 * Types of dist-lib/sister-city-atlas.js, the portal library. Hand-written so the file stands alone; kept equal
 * to the source's types by tests/unit/lib/publicTypes.test.ts.
 */

export type Lang = 'en' | 'zh';
export type YearMode = 'cumulative' | 'range';

/** Where the map looks. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Filters, one list of codes per dimension (empty: no filter). */
export interface Filters {
  province: string[];
  level: ('province' | 'prefecture' | 'county' | 'district')[];
  country: string[];
  region: (
    | 'east-asia'
    | 'southeast-asia'
    | 'south-central-asia'
    | 'west-asia'
    | 'europe'
    | 'africa'
    | 'north-america'
    | 'latin-america'
    | 'oceania'
    | 'unknown'
  )[];
  relation: ('friendship city' | 'friendly cooperation city' | 'friendly exchange city' | 'letter of intent' | 'unknown')[];
  yearStatus: ('sourced' | 'conflict' | 'unknown')[];
}

/** Options of `createAtlas`: the URL parameters of the full atlas, plus `baseUrl` and `fullAtlasUrl`. */
export interface AtlasOptions {
  /** Where the worker, data and base map are; default beside this module. */
  baseUrl?: string;
  lang?: Lang;
  projection?: 'globe' | 'mercator';
  /** `{ from: 1980, to: 2020 }`, `'1980-2020'` or one year. */
  years?: { from: number; to: number } | string | number;
  mode?: YearMode;
  /** Whether ties of unknown year are shown (default true). */
  unknown?: boolean;
  /** The selected city: GB code, Chinese or English name. */
  city?: string;
  /** Show one Chinese unit's ties: GB code, Chinese or English name (`无锡`, `320200`, `Wuxi`, `江苏省`). */
  home?: string;
  /** With `home`: include its districts and counties (default true). */
  sub?: boolean;
  /** The compact embed view (default true). */
  embed?: boolean;
  camera?: (Partial<Camera> & Pick<Camera, 'lon' | 'lat' | 'zoom'>) | string;
  /** A dataset file's URL, relative to the page. */
  data?: string;
  filters?: Partial<Filters>;
  /** The full atlas's page for the "Open the full atlas ↗" link; no link without it. */
  fullAtlasUrl?: string;
}

/** The view, as `getState()` and the `ready` event report it. */
export interface AtlasSnapshot {
  lang: Lang;
  years: { from: number; to: number };
  mode: YearMode;
  includeUnknown: boolean;
  /** The home unit's GB code, or null. */
  home: string | null;
  /** The selected city as a `city` reference, or null. */
  city: string | null;
}

/** The selected city, as the `select` event reports it. */
export interface SelectedCity {
  side: 'cn' | 'partner';
  reference: string;
  nameEn: string;
  nameZh: string;
  iso2: string;
}

/** The events and what their listeners get. */
export interface AtlasEvents {
  ready: AtlasSnapshot;
  select: SelectedCity | null;
  yearchange: { from: number; to: number; mode: YearMode };
  error: { message: string };
}

/** An atlas made by `createAtlas`. */
export interface AtlasApi {
  setYears(from: number, to?: number, mode?: YearMode): void;
  select(city: string | null): boolean;
  setHome(home: string | null, sub?: boolean): boolean;
  setLanguage(lang: Lang): void;
  play(): void;
  pause(): void;
  getState(): AtlasSnapshot;
  on<K extends keyof AtlasEvents>(event: K, listener: (value: AtlasEvents[K]) => void): () => void;
  destroy(): void;
}

/** Builds an atlas inside `element` (480 px high unless it has a height). */
export declare function createAtlas(element: HTMLElement, options?: AtlasOptions): AtlasApi;

/** `<sister-city-atlas home="无锡" lang="zh" years="1980-2020">`; defined when the module loads. */
export declare class SisterCityAtlasElement extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  atlas: AtlasApi | null;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, previous: string | null, next: string | null): void;
}

/** Defines `<sister-city-atlas>` unless the page already has it. */
export declare function defineAtlasElement(): void;
