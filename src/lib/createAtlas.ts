import type { AtlasListener, AtlasEvents } from '../app/atlasControl';
import { mountAtlas } from '../app/mountAtlas';
import type { AtlasSnapshot } from '../embed/protocol';
import { type AtlasOptions, urlStateFromOptions } from '../embed/options';
import type { Lang, YearMode } from '../state/state';

/** Options of `createAtlas`: the URL parameters (see `AtlasOptions` in src/embed/options.ts) and where the full atlas is. */
export interface LibraryOptions extends AtlasOptions {
  /** The full atlas's page for the embed view's "Open the full atlas ↗" link; no link without it. */
  fullAtlasUrl?: string;
}

/** An atlas made by `createAtlas`. */
export interface AtlasApi {
  /** Shows the years `from`–`to` (`to` defaults to `from`), optionally switching the mode. */
  setYears(from: number, to?: number, mode?: YearMode): void;
  /** Selects a city (GB code, Chinese or English name), or clears the selection with null; false when nothing matches. */
  select(city: string | null): boolean;
  /** Shows one Chinese unit's ties (`sub`: with its districts and counties), or all with null; false when unknown. */
  setHome(home: string | null, sub?: boolean): boolean;
  setLanguage(lang: Lang): void;
  play(): void;
  pause(): void;
  /** The view: language, years, mode, undated on/off, home and selected city. */
  getState(): AtlasSnapshot;
  /** Listens to `ready`, `select`, `yearchange` or `error`; returns the function that stops listening. */
  on<K extends keyof AtlasEvents>(event: K, listener: AtlasListener<K>): () => void;
  /** Removes the atlas and releases its map, worker, listeners and timers. */
  destroy(): void;
}

/** The folder this module was loaded from: its worker, data and base map are beside it. */
const MODULE_BASE = import.meta.url.replace(/[^/]*$/, '');

/** The height an element without one gets, so the map has room. */
const DEFAULT_HEIGHT = '480px';

/**
 * Builds an atlas inside `element`, as the embed view by default. Options mirror the URL parameters
 * (`{ home: '无锡', lang: 'zh', years: '1980-2020' }`); invalid ones are dropped with a console warning.
 * The data, the base map and the import worker load from `baseUrl` (default: beside this module).
 */
export function createAtlas(element: HTMLElement, options: LibraryOptions = {}): AtlasApi {
  const warn = (message: string): void => console.warn(`sister-city-atlas: ${message}`);
  const view = urlStateFromOptions(options, warn);
  const baseUrl = new URL(typeof options.baseUrl === 'string' && options.baseUrl ? options.baseUrl : MODULE_BASE, document.baseURI).href;
  if (element.clientHeight === 0 && !element.style.height) element.style.height = DEFAULT_HEIGHT;
  const atlas = mountAtlas(element, {
    lang: view.lang ?? undefined,
    projection: view.projection,
    dataUrl: view.data ? new URL(view.data, document.baseURI).href : null,
    view,
    baseUrl,
    defaultDataUrl: new URL('data/atlas.json', baseUrl).href,
    fullAtlasUrl: options.fullAtlasUrl ?? null,
  });
  const { control } = atlas;
  return {
    setYears: (from, to, mode) => control.setYears(from, to, mode),
    select: (city) => control.select(city),
    setHome: (home, sub) => control.setHome(home, sub),
    setLanguage: (lang) => control.setLanguage(lang),
    play: () => control.play(),
    pause: () => control.pause(),
    getState: () => control.snapshot(),
    on: (event, listener) => control.on(event, listener),
    destroy: () => atlas.destroy(),
  };
}
