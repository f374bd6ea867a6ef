/**
 * `window.__bench`: the benchmark page's hooks, shaped like the app's `window.__atlas` so that the
 * benchmark measures the app and its baselines the same way (see scripts/bench/).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { measureRotation, nextIdle, timeChangeToFrame, timeChangeToIdle, timeFrame } from './frameProbe';

/** What the page draws: nothing (the bare map), MapLibre GeoJSON lines, or the app's arc layer alone. */
export type BenchMode = 'bare' | 'geojson' | 'arcs';

/** What a benchmark page measures: a mode of the MapLibre bench page, or globe.gl's arcs (bench-globe.html). */
export type BenchPageMode = BenchMode | 'globegl';

/** The hooks of the benchmark page. */
export interface BenchHook {
  mode: BenchPageMode;
  /** Resolves when the data is loaded, the layer added and the map idle. */
  idle(): Promise<void>;
  /** Records in the loaded dataset (0 on the bare map). */
  pairings(): number;
  /** Arcs inside the year window (0 on the bare map). */
  drawnArcs(): number;
  /** Forces one repaint; resolves with its milliseconds once the GPU has finished it. */
  renderFrame(): Promise<number>;
  /** Sets the year window and forces the next frame; milliseconds to that frame finished on the GPU. */
  yearChangeFrame(from: number, to: number): Promise<number>;
  /** Sets the year window; milliseconds until the map is idle again and the GPU done. */
  yearChangeIdle(from: number, to: number): Promise<number>;
  /** Turns the globe a fixed step per frame for `durationMs`; resolves with frames per second. */
  rotate(durationMs: number): Promise<number>;
}

/** What the hooks need from the page. */
export interface BenchHookDeps {
  mode: BenchMode;
  map: MapLibreMap;
  /** Resolves when the data is loaded and the layer added. */
  ready: Promise<void>;
  pairings(): number;
  drawnArcs(): number;
  /** Applies a year window to whatever the page draws. */
  setYearWindow(from: number, to: number): void;
}

declare global {
  interface Window {
    __bench?: BenchHook;
  }
}

/** Installs `window.__bench`. */
export function installBenchHook(deps: BenchHookDeps): BenchHook {
  const { map } = deps;
  const hook: BenchHook = {
    mode: deps.mode,
    async idle() {
      await deps.ready;
      await nextIdle(map);
    },
    pairings: () => deps.pairings(),
    drawnArcs: () => deps.drawnArcs(),
    async renderFrame() {
      await deps.ready;
      return timeFrame(map);
    },
    async yearChangeFrame(from, to) {
      await deps.ready;
      return timeChangeToFrame(map, () => deps.setYearWindow(from, to));
    },
    async yearChangeIdle(from, to) {
      await deps.ready;
      return timeChangeToIdle(map, () => deps.setYearWindow(from, to));
    },
    async rotate(durationMs) {
      await deps.ready;
      return measureRotation(map, { durationMs });
    },
  };
  window.__bench = hook;
  return hook;
}
