import { t } from '../i18n/t';
import { selectArcData } from '../map/arcs/arcData';
import type { ArcLayer } from '../map/arcs/arcTypes';
import { createArcLayer } from '../map/arcs/arcLayer';
import { applyState } from '../map/applyState';
import { applySelection } from '../map/applySelection';
import { createCityLayers } from '../map/cityLayers';
import { CITY_SOURCE_ID } from '../map/cityStyle';
import { BACKDROP_SOURCES, sourcesLoaded } from '../map/baseStyle';
import { createAtlasMap, type AtlasMap } from '../map/createMap';
import { createProjectionControl } from '../map/projectionControl';
import { createInitialState, replaceDataset } from '../state/initialState';
import type { AtlasState, Lang, YearMode } from '../state/state';
import { createStore, type Store } from '../state/store';
import { createTimeline } from '../timeline/createTimeline';
import type { Player } from '../timeline/player';
import { createActions } from '../ui/actions';
import { createDetailPanel } from '../ui/detailPanel';
import type { ImportPanel } from '../ui/import/importPanel';
import { mountLazyImport } from '../ui/import/lazyImport';
import { createLegend } from '../ui/legend';
import { mountExplore, type ExploreHandle } from '../ui/explore/mountExplore';
import { showMessage } from '../ui/message';
import { datasetTitle } from '../ui/names';
import { fetchDatasetFile } from './fetchDatasetFile';
import { fetchDefaultDataset } from './fetchDefault';
import { createLayout, type AtlasLayout } from './layout';
import { mountPresenter, type Presenter } from '../present/mountPresenter';
import type { PresentOptions } from '../present/presentOptions';
import type { AtlasControl } from './atlasControl';
import { mountPortal } from './portal';
import type { UrlState } from '../state/urlState';
import { viewPatch } from '../state/viewPatch';

/** How to start an atlas. Everything is optional. */
export interface AtlasOptions {
  /** UI language; default from the browser (`zh*` → Chinese, else English). */
  lang?: Lang;
  projection?: AtlasState['projection'];
  /** A dataset to open instead of the shipped one: the app's own JSON format or any importable file. */
  dataUrl?: string | null;
  /** A first year window; default every year of the data. */
  years?: { from: number; to: number; mode?: YearMode };
  /** URL that `world/` and `gazetteer/` resolve against; default the page's base URL. */
  baseUrl?: string;
  /** True for the atlas that is the whole page: it then sets `<html lang>` and the document title. */
  page?: boolean;
  /** Presenter mode, a tour, a kiosk loop and a theme to start with (`present=1`, `tour=`, `kiosk=1`, `theme=`). */
  present?: PresentOptions;
  /**
   * The view to open, as the URL states it (`parseUrlState`): applied once the dataset has loaded (home and
   * city references resolved against it). The page's atlas also keeps the URL on its view and obeys
   * postMessage commands from the view's `origins`.
   */
  view?: UrlState | null;
  /** The shipped dataset's address; default the copy built with the app. */
  defaultDataUrl?: string;
  /** The full atlas's page, for the embed view's "Open the full atlas" link; default `index.html` beside `baseUrl`. */
  fullAtlasUrl?: string | null;
}

/** A mounted atlas. */
export interface AtlasHandle {
  readonly root: HTMLElement;
  readonly layout: AtlasLayout;
  readonly store: Store<AtlasState>;
  /** Resolves once the first dataset is shown (rejects if it cannot load). */
  readonly ready: Promise<void>;
  /** The map and its arc layer; null when WebGL2 is not available. */
  readonly map: AtlasMap | null;
  readonly arcs: ArcLayer | null;
  readonly player: Player;
  readonly importPanel: ImportPanel;
  /** The search box, filter panel, table and charts. */
  readonly explore: ExploreHandle;
  /** Presenter mode, tours, kiosk and export. */
  readonly presenter: Presenter;
  /** The commands and events of the JS API and the postMessage bridge. */
  readonly control: AtlasControl;
  /** postMessage commands ignored for their origin or shape. */
  ignoredMessages(): number;
  /** Releases the map (and its WebGL context), the import worker, listeners and timers, and empties the root. */
  destroy(): void;
}

function browserLang(): Lang {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Builds a whole atlas inside `root`: header, map with arcs and cities, timeline, legend, panels
 * and import. Nothing is shared with other atlases on the page: each has its own store, language,
 * map, worker and element ids (see createLayout).
 */
export function mountAtlas(root: HTMLElement, options: AtlasOptions = {}): AtlasHandle {
  const currentYear = new Date().getFullYear();
  const baseUrl = options.baseUrl ?? document.baseURI;
  const store = createStore(createInitialState(options.lang ?? browserLang(), options.projection ?? 'globe', currentYear));
  const layout = createLayout(root);
  const cleanups: (() => void)[] = [];

  function applyLanguage(state: AtlasState): void {
    const tag = state.lang === 'zh' ? 'zh-Hans' : 'en';
    layout.app.lang = tag;
    if (options.page) {
      document.documentElement.lang = tag;
      document.title = `${t('App.Title', {}, state.lang)} · ${state.lang === 'zh' ? 'Sister City Atlas' : '友好城市地图集'}`;
    }
    layout.title.textContent = t('App.Title', {}, state.lang);
    layout.dataset.textContent = datasetTitle(state.dataset, state.isDefaultDataset, state.lang);
  }
  cleanups.push(
    store.subscribe((state, prev) => {
      if (state.lang !== prev.lang || state.dataset !== prev.dataset) applyLanguage(state);
    }),
  );
  applyLanguage(store.get());

  const loadDefault = (): Promise<AtlasState['dataset']> => fetchDefaultDataset(options.defaultDataUrl).then((result) => result.dataset);
  const actions = createActions(layout.actions, store, layout.app, layout.id);
  cleanups.push(actions.destroy);
  cleanups.push(createDetailPanel(layout.panel, store).destroy);
  cleanups.push(createLegend(layout.legend, store).destroy);
  const explore = mountExplore({ app: layout.app, actions: layout.actions, id: layout.id }, store);
  cleanups.push(explore.destroy);
  const timeline = createTimeline(layout.timeline, store, { counter: layout.counter, announce: layout.announce, currentYear });
  cleanups.push(timeline.destroy);
  const importPanel = mountLazyImport({
    button: actions.importButton,
    dropTarget: layout.map,
    host: layout.app,
    id: layout.id,
    store,
    gazetteerBase: new URL('gazetteer/', baseUrl).href,
    loadDefault,
    indexes: [selectArcData],
  });
  cleanups.push(importPanel.destroy);

  const message = (text: string, kind?: 'center' | 'toast'): void => showMessage(layout.message, text, kind);

  /**
   * Shows `?data=URL` when it is a file in the app's own format (resolves true); otherwise the
   * shipped dataset (false), and a `?data` file is left to the importer.
   */
  async function loadInitial(): Promise<boolean> {
    const own = options.dataUrl ? await fetchDatasetFile(options.dataUrl, baseUrl) : null;
    const { dataset, problems } = own ?? (await fetchDefaultDataset(options.defaultDataUrl));
    replaceDataset(store, dataset, { isDefault: own === null, currentYear });
    if (options.years) {
      const { from, to, mode } = options.years;
      store.set({ yearFrom: Math.min(from, to), yearTo: Math.max(from, to), mode: mode ?? store.get().mode });
    }
    if (options.view) store.set(viewPatch(dataset, options.view, (warning) => console.warn(warning)));
    if (problems.length) message(t('Message.DataProblems', { count: problems.length }, store.get().lang), 'toast');
    return own !== null;
  }

  // The data is fetched and read while the map loads its style: neither waits for the other.
  const initial = loadInitial();
  let map: AtlasMap | null = null;
  let arcs: ArcLayer | null = null;
  let ready: Promise<void>;
  try {
    const created = createAtlasMap(layout.map, { lang: store.get().lang, projection: store.get().projection, baseUrl });
    // The arcs first appear with the land, the borders and the city points they join.
    const companions = [...BACKDROP_SOURCES, CITY_SOURCE_ID];
    const layer = createArcLayer('arcs', { backdropReady: (shown) => sourcesLoaded(shown, companions) });
    map = created;
    arcs = layer;
    const projection = createProjectionControl({
      projection: () => store.get().projection,
      lang: () => store.get().lang,
      onToggle: (next) => store.set({ projection: next }),
    });
    created.addControl(projection, 'top-right');
    cleanups.push(
      store.subscribe((state, prev) => {
        if (state.lang !== prev.lang) projection.update();
      }),
    );
    created.on('error', (event: { error?: unknown }) => {
      const reason = reasonOf(event.error);
      if (/^arc layer/.test(reason)) message(t('Error.Arcs', { reason }, store.get().lang));
      else console.error(event.error);
    });
    ready = new Promise<void>((resolve, reject) => {
      initial.catch(reject);
      created.once('style.load', () => {
        const cities = createCityLayers(created, { lang: store.get().lang });
        created.addLayer(layer, cities.firstLayerId);
        initial
          .then((ownFormat) => {
            cleanups.push(applyState(created, layer, cities, store, layout.tooltip).destroy);
            cleanups.push(applySelection(created, store).destroy);
            resolve();
            if (options.dataUrl && !ownFormat) void importPanel.loadUrl(options.dataUrl);
          })
          .catch(reject);
      });
    }).catch((error: unknown) => {
      message(t('Error.Load', { reason: reasonOf(error) }, store.get().lang));
      throw error;
    });
  } catch (error) {
    message(t('Error.WebGL', {}, store.get().lang));
    console.error(error);
    ready = initial.then(() => undefined);
  }
  ready.catch(() => undefined);
  const presenter = mountPresenter(
    {
      store,
      layout,
      map,
      arcs,
      player: timeline.player,
      currentYear,
      ready,
      message,
      keys: Boolean(options.page || options.present),
    },
    options.present ?? { present: false, kiosk: false, tour: null, theme: 'projector' },
  );
  cleanups.push(presenter.destroy);
  const portal = mountPortal({
    layout,
    store,
    map,
    player: timeline.player,
    ready,
    view: options.view ?? null,
    page: options.page === true,
    fullAtlasUrl: options.fullAtlasUrl === undefined ? new URL('index.html', baseUrl).href : options.fullAtlasUrl,
    currentYear,
    browserLang: browserLang(),
  });
  cleanups.push(portal.destroy);

  return {
    root,
    layout,
    store,
    ready,
    map,
    arcs,
    player: timeline.player,
    importPanel,
    explore,
    presenter,
    control: portal.control,
    ignoredMessages: portal.ignoredMessages,
    destroy() {
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      map?.remove();
      root.replaceChildren();
    },
  };
}
