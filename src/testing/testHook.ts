import type { Map as MapLibreMap } from 'maplibre-gl';
import { mountAtlas, type AtlasHandle, type AtlasOptions } from '../app/mountAtlas';
import type { ImportCounts } from '../data/import/report';
import { serializeDataset } from '../data/serializeDataset';
import { CITY_SOURCE_ID, cityFilter, cityId } from '../map/cityStyle';
import { findCity, selectCities } from '../state/cities';
import { selectStateVisible, visibleTiesOf } from '../state/visible';
import { parseFilters, type Filters } from '../state/filters';
import { searchAtlas } from '../state/search';
import type { PresenterState } from '../present/presenterParts';
import { serializeTour } from '../state/tour/serializeTour';
import type { AtlasState, YearMode } from '../state/state';
import type { Store } from '../state/store';
import { SEARCH_LIMIT } from '../ui/search/resultText';
import { measureFrameRate, measureRotation, nextIdle, timeChangeToFrame, timeChangeToIdle, timeFrame } from './frameProbe';

/**
 * `window.__atlas` in test mode (`?test`), describing the page's first atlas. A contract for outside
 * checks: keep names and meanings stable.
 * - idle(): data loaded, its arcs built, the modules the URL asked for (presenter, tour, kiosk) started, and the map idle
 * - pairings(): records in the loaded dataset
 * - drawnArcs(): arcs the arc layer draws after filters
 * - select(query): selects a city by English or Chinese name, as a click would
 * - panelText(): the visible text of the detail panel ('' when closed)
 * - setYears(from, to, mode?): sets the year window; resolves after the map has drawn it
 * - play(): plays the timeline; resolves when it reaches the last year
 * - renderFrame(): forces one repaint; resolves with its milliseconds once the GPU has finished it
 * - yearChangeFrame(from, to, mode?): sets the year window and forces the next frame; resolves with the
 *   milliseconds from the change to that frame finished on the GPU (the benchmark's year-change latency)
 * - yearChangeIdle(from, to, mode?): the same, up to the map idle again (city sizes re-tiled too)
 * - rotate(durationMs): turns the globe a fixed step per frame for durationMs; resolves with frames per second
 * - playFps(durationMs, speed?): plays the timeline for durationMs (or to its end), then stops it;
 *   resolves with the frames per second the map drew meanwhile
 * - lastImport(): the last import's report counts {rows, loaded, geocoded, merged, noYear, notOnMap,
 *   rejected} (every input row in exactly one group), or null when no import was loaded
 * - state(): the view's state as plain values: language, projection, year window and mode, undated on/off,
 *   play settings, the selected city (`side:key`), `filters` (arrays of codes per filter), `home` (GB code or
 *   null), `embed`, and the map's `camera` { lon, lat, zoom } (null without a map)
 * - exportDataset(): the dataset shown, in the format of data/atlas.json (what "Save as atlas JSON" downloads)
 * - ignoredMessages(): postMessage commands the atlas ignored for their origin or shape
 * - breakArcShaders(): makes the arc layer's shaders fail to compile, as a faulty driver would, and
 *   redraws; resolves when the map has drawn again
 * - search(query): the English names of what the search box lists for the query, best first
 * - tableRows(): rows in the table view under the current filters and window (and its text filter)
 * - setFilters(filters): applies filters (`{ country: ['JP'] }`; missing dimensions filter nothing) as the
 *   filter panel would; resolves after the map has drawn them
 * - state() also returns `present`, `kiosk` and `blackout` (booleans) and `tour` ({ id, step, steps } or null)
 * - exportImage(width, height): exports the current view as a PNG; resolves with its size and byte count
 * - exportVideo(ms): records a WebM of the timeline or the tour for ms; resolves with its byte count, type and duration
 * - lastExportImages(): blob URLs of the last exported PNG and of the bare map it was drawn on (null before any)
 * - tourJson(): the tour shown, as its JSON file (null without a tour)
 * - cityTies(query): a city's visible ties as the panels count them (`shown`) and as its point on the
 *   map is sized (`drawn`, from the map's loaded tiles; null while the point is not in them)
 */
export interface AtlasTestHook {
  idle(): Promise<void>;
  pairings(): number;
  drawnArcs(): number;
  select(query: string): Promise<void>;
  panelText(): string;
  setYears(from: number, to: number, mode?: YearMode): Promise<void>;
  play(): Promise<void>;
  renderFrame(): Promise<number>;
  yearChangeFrame(from: number, to: number, mode?: YearMode): Promise<number>;
  yearChangeIdle(from: number, to: number, mode?: YearMode): Promise<number>;
  rotate(durationMs: number): Promise<number>;
  playFps(durationMs: number, speed?: number): Promise<number>;
  lastImport(): ImportCounts | null;
  state(): Pick<AtlasState, 'lang' | 'projection' | 'yearFrom' | 'yearTo' | 'mode' | 'includeUnknown' | 'playing' | 'speed' | 'loop' | 'home' | 'embed'> & {
    selected: string | null;
    filters: Filters;
    camera: { lon: number; lat: number; zoom: number } | null;
  } & PresenterState;
  breakArcShaders(): Promise<void>;
  exportDataset(): string;
  search(query: string): Promise<string[]>;
  tableRows(): Promise<number>;
  setFilters(filters: Partial<Filters>): Promise<void>;
  exportImage(width: number, height: number): Promise<{ width: number; height: number; bytes: number }>;
  exportVideo(ms: number): Promise<{ bytes: number; mimeType: string; durationMs: number }>;
  lastExportImages(): { png: string; bare: string | null } | null;
  tourJson(): string | null;
  ignoredMessages(): number;
  cityTies(query: string): { shown: number; drawn: number | null };
}

/** What a test sees of one atlas mounted with `window.__atlasPage`. */
export interface MountedAtlasInfo {
  lang: string;
  rootLang: string;
  yearFrom: number;
  yearTo: number;
  mode: YearMode;
  drawnArcs: number;
  title: string;
}

/**
 * `window.__atlasPage` in test mode: more atlases on the same page, to check that they do not affect
 * each other and that destroy() releases them.
 * - mount(selector, options): mounts an atlas into the element; resolves with its number once it is idle
 * - info(n): its language, year window and drawn arcs
 * - setYears(n, from, to, mode?) and setLang(n, lang): change one atlas through its store
 * - destroy(n): destroys it
 */
export interface AtlasPageHook {
  mount(selector: string, options: AtlasOptions): Promise<number>;
  info(n: number): MountedAtlasInfo;
  setYears(n: number, from: number, to: number, mode?: YearMode): Promise<void>;
  setLang(n: number, lang: 'en' | 'zh'): void;
  destroy(n: number): void;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
    __atlasPage?: AtlasPageHook;
  }
}

function waitIdle(map: MapLibreMap | null): Promise<void> {
  return map ? nextIdle(map) : Promise.resolve();
}

function setYearWindow(store: Store<AtlasState>, from: number, to: number, mode: YearMode | undefined): void {
  store.set({ yearFrom: Math.min(from, to), yearTo: Math.max(from, to), mode: mode ?? store.get().mode });
}

function requireMap(atlas: AtlasHandle): MapLibreMap {
  if (!atlas.map) throw new Error('invalid call: this atlas has no map (WebGL2 unavailable)');
  return atlas.map;
}

/** Makes every shader compiled from now on on the map's context fail, and rebuilds the arc layer's programs. */
async function breakArcShaders(atlas: AtlasHandle): Promise<void> {
  const map = requireMap(atlas);
  const gl = map.getCanvas().getContext('webgl2');
  const arcs = atlas.arcs;
  if (!gl || !arcs) throw new Error('invalid call: no WebGL2 context');
  const shaderSource = gl.shaderSource.bind(gl);
  gl.shaderSource = (shader, source) => shaderSource(shader, `${source}\n#error forced by the test hook\n`);
  const before = map.getLayersOrder()[map.getLayersOrder().indexOf(arcs.id) + 1];
  map.removeLayer(arcs.id);
  map.addLayer(arcs, before);
  await waitIdle(map);
}

/** A blob URL of a canvas's pixels as PNG. */
function canvasUrl(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

function createTestHook(atlas: AtlasHandle): AtlasTestHook {
  const { store, ready } = atlas;
  let lastImages: { png: string; bare: string | null } | null = null;
  return {
    async idle() {
      await ready;
      await atlas.arcs?.settled();
      await atlas.presenter.settled();
      await waitIdle(atlas.map);
    },
    pairings: () => store.get().dataset.pairings.length,
    drawnArcs: () => atlas.arcs?.drawnCount() ?? 0,
    async select(query) {
      await ready;
      const city = findCity(selectCities(store.get().dataset), query);
      if (!city) throw new Error(`invalid city: ${query}`);
      store.set({ selected: { side: city.side, key: city.key } });
      await waitIdle(atlas.map);
    },
    // innerText, not textContent: the panel's text as a reader sees it (hidden parts left out, lines kept).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the contract describes
    panelText: () => (atlas.layout.panel.hidden ? '' : atlas.layout.panel.innerText),
    async setYears(from, to, mode) {
      setYearWindow(store, from, to, mode);
      await waitIdle(atlas.map);
    },
    play: () => atlas.player.play(),
    renderFrame: async () => timeFrame(requireMap(atlas)),
    async yearChangeFrame(from, to, mode) {
      await ready;
      return timeChangeToFrame(requireMap(atlas), () => setYearWindow(store, from, to, mode));
    },
    async yearChangeIdle(from, to, mode) {
      await ready;
      return timeChangeToIdle(requireMap(atlas), () => setYearWindow(store, from, to, mode));
    },
    async rotate(durationMs) {
      await ready;
      return measureRotation(requireMap(atlas), { durationMs });
    },
    async playFps(durationMs, speed = 1) {
      await ready;
      store.set({ speed });
      return measureFrameRate(requireMap(atlas), async () => {
        let timer = 0;
        const elapsed = new Promise<void>((resolve) => {
          timer = window.setTimeout(resolve, durationMs);
        });
        await Promise.race([atlas.player.play(), elapsed]);
        window.clearTimeout(timer);
        store.set({ playing: false });
      });
    },
    lastImport: () => atlas.importPanel.lastCounts(),
    state() {
      const s = store.get();
      return {
        lang: s.lang,
        projection: s.projection,
        yearFrom: s.yearFrom,
        yearTo: s.yearTo,
        mode: s.mode,
        includeUnknown: s.includeUnknown,
        playing: s.playing,
        speed: s.speed,
        loop: s.loop,
        selected: s.selected ? `${s.selected.side}:${s.selected.key}` : null,
        filters: s.filters,
        home: s.home,
        embed: s.embed,
        camera: atlas.map ? { lon: atlas.map.getCenter().lng, lat: atlas.map.getCenter().lat, zoom: atlas.map.getZoom() } : null,
        ...atlas.presenter.state(),
      };
    },
    breakArcShaders: () => breakArcShaders(atlas),
    exportDataset: () => serializeDataset(store.get().dataset),
    async search(query) {
      await ready;
      return searchAtlas(store.get().dataset, query, SEARCH_LIMIT).map((result) => result.nameEn);
    },
    tableRows: () => atlas.explore.tableRows(),
    async setFilters(filters) {
      store.set({ filters: parseFilters(filters) });
      await waitIdle(atlas.map);
    },
    async exportImage(width, height) {
      await ready;
      const image = await atlas.presenter.exportImage(width, height);
      if (lastImages) {
        URL.revokeObjectURL(lastImages.png);
        if (lastImages.bare) URL.revokeObjectURL(lastImages.bare);
      }
      lastImages = { png: URL.createObjectURL(image.blob), bare: image.bare ? await canvasUrl(image.bare) : null };
      return { width: image.width, height: image.height, bytes: image.blob.size };
    },
    async exportVideo(ms) {
      await ready;
      const video = await atlas.presenter.exportVideo(ms);
      return { bytes: video.blob.size, mimeType: video.mimeType, durationMs: video.durationMs };
    },
    lastExportImages: () => lastImages,
    tourJson() {
      const tour = atlas.presenter.tour();
      return tour ? serializeTour(tour) : null;
    },
    ignoredMessages: () => atlas.ignoredMessages(),
    cityTies(query) {
      const state = store.get();
      const index = selectCities(state.dataset);
      const city = findCity(index, query);
      if (!city) throw new Error(`invalid city: ${query}`);
      const points = atlas.map?.querySourceFeatures(CITY_SOURCE_ID, { filter: cityFilter(cityId(city.side, city.key)) }) ?? [];
      return { shown: visibleTiesOf(selectStateVisible(state), index, city), drawn: points.length > 0 ? Number(points[0]?.properties.ties) : null };
    },
  };
}

function createPageHook(): AtlasPageHook {
  const mounted = new Map<number, AtlasHandle>();
  let next = 1;
  const get = (n: number): AtlasHandle => {
    const atlas = mounted.get(n);
    if (!atlas) throw new Error(`invalid atlas: ${n}`);
    return atlas;
  };
  return {
    async mount(selector, options) {
      const root = document.querySelector<HTMLElement>(selector);
      if (!root) throw new Error(`invalid selector: ${selector}`);
      const atlas = mountAtlas(root, options);
      const n = next++;
      mounted.set(n, atlas);
      await atlas.ready;
      await waitIdle(atlas.map);
      return n;
    },
    info(n) {
      const atlas = get(n);
      const s = atlas.store.get();
      return {
        lang: s.lang,
        rootLang: atlas.layout.app.lang,
        yearFrom: s.yearFrom,
        yearTo: s.yearTo,
        mode: s.mode,
        drawnArcs: atlas.arcs?.drawnCount() ?? 0,
        title: atlas.layout.title.textContent ?? '',
      };
    },
    async setYears(n, from, to, mode) {
      const atlas = get(n);
      setYearWindow(atlas.store, from, to, mode);
      await waitIdle(atlas.map);
    },
    setLang(n, lang) {
      get(n).store.set({ lang });
    },
    destroy(n) {
      get(n).destroy();
      mounted.delete(n);
    },
  };
}

/** Installs `window.__atlas` for the page's first atlas and `window.__atlasPage` for more. */
export function installTestHook(atlas: AtlasHandle): void {
  window.__atlas = createTestHook(atlas);
  window.__atlasPage = createPageHook();
}
