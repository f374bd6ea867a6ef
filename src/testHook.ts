import type { Map as MapLibreMap } from 'maplibre-gl';
import { findCity, selectCities } from './state/cities';
import type { AtlasState, YearMode } from './state/state';
import type { Store } from './state/store';
import type { ArcLayer } from './map/arcLayer';
import { measureFrameRate, measureRotation, timeChangeToFrame, timeChangeToIdle } from './map/frameProbe';
import type { ImportCounts } from './data/import/report';
import { lastImportCounts } from './ui/importPanel';

/** What the test hook needs from the running app. */
export interface TestHookDeps {
  map: MapLibreMap;
  arcs: ArcLayer;
  store: Store<AtlasState>;
  panel: HTMLElement;
  /** Resolves when the default (or URL) dataset has been applied. */
  ready: Promise<void>;
  play(): Promise<void>;
}

/**
 * `window.__atlas` in test mode (`?test`). A contract for outside checks: keep names and meanings stable.
 * - idle(): data loaded and the map idle
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
  state(): Pick<AtlasState, 'lang' | 'projection' | 'yearFrom' | 'yearTo' | 'mode' | 'includeUnknown' | 'playing' | 'speed' | 'loop'> & { selected: string | null };
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

function waitIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function finishGpu(map: MapLibreMap): void {
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

function setYearWindow(store: Store<AtlasState>, from: number, to: number, mode: YearMode | undefined): void {
  store.set({ yearFrom: Math.min(from, to), yearTo: Math.max(from, to), mode: mode ?? store.get().mode });
}

/** Installs `window.__atlas`. */
export function installTestHook(deps: TestHookDeps): AtlasTestHook {
  const { map, arcs, store, panel } = deps;
  const hook: AtlasTestHook = {
    async idle() {
      await deps.ready;
      await waitIdle(map);
    },
    pairings: () => store.get().dataset.pairings.length,
    drawnArcs: () => arcs.drawnCount(),
    async select(query) {
      await deps.ready;
      const city = findCity(selectCities(store.get().dataset), query);
      if (!city) throw new Error(`invalid city: ${query}`);
      store.set({ selected: { side: city.side, key: city.key } });
      await waitIdle(map);
    },
    panelText: () => (panel.hidden ? '' : panel.innerText),
    async setYears(from, to, mode) {
      store.set({ yearFrom: Math.min(from, to), yearTo: Math.max(from, to), mode: mode ?? store.get().mode });
      await waitIdle(map);
    },
    play: () => deps.play(),
    async renderFrame() {
      finishGpu(map);
      const start = performance.now();
      map.redraw();
      finishGpu(map);
      return performance.now() - start;
    },
    async yearChangeFrame(from, to, mode) {
      await deps.ready;
      return timeChangeToFrame(map, () => setYearWindow(store, from, to, mode));
    },
    async yearChangeIdle(from, to, mode) {
      await deps.ready;
      return timeChangeToIdle(map, () => setYearWindow(store, from, to, mode));
    },
    async rotate(durationMs) {
      await deps.ready;
      return measureRotation(map, { durationMs });
    },
    async playFps(durationMs, speed = 1) {
      await deps.ready;
      store.set({ speed });
      return measureFrameRate(map, async () => {
        let timer = 0;
        const elapsed = new Promise<void>((resolve) => { timer = window.setTimeout(resolve, durationMs); });
        await Promise.race([deps.play(), elapsed]);
        window.clearTimeout(timer);
        store.set({ playing: false });
      });
    },
    lastImport: () => lastImportCounts(),
    state() {
      const s = store.get();
      return {
        lang: s.lang, projection: s.projection, yearFrom: s.yearFrom, yearTo: s.yearTo, mode: s.mode,
        includeUnknown: s.includeUnknown, playing: s.playing, speed: s.speed, loop: s.loop,
        selected: s.selected ? `${s.selected.side}:${s.selected.key}` : null,
      };
    },
  };
  window.__atlas = hook;
  return hook;
}
