/**
 * The benchmark's globe.gl page (bench-globe.html, a Vite entry of its own that the app never loads
 * or links): the same dataset's arcs drawn by globe.gl's arcs layer, the library people pick for arc
 * globes, so that the benchmark can measure the app against it with the same protocol
 * (`window.__bench`, see src/testing/globeGlHook.ts).
 *
 *   ?data=URL    a dataset file on the same origin (default: the shipped dataset)
 *   &w=PX&h=PX   size of the globe, to match the app's map (default: the whole window)
 *
 * globe.gl as its documentation sets it up, with what keeps the comparison fair: no texture or
 * tile from the network (a plain globe in the app's ocean colour), no build-in animation, arcs
 * coloured by the partner's region as the app does (undated ones grey), no transition when the year
 * window changes, the app's first view (same centre, globe filling the same share of the map).
 * Pointer interaction is off: globe.gl would otherwise hit-test every arc under the pointer on
 * every frame. The year window is the other baselines' rule: founded from `from` up to `to`,
 * undated ties included.
 */
import Globe from 'globe.gl';
import type { Dataset } from '../data/schema';
import { inYearWindow } from '../state/yearWindow';
import { regionColor, UNKNOWN_REGION_COLOR } from '../theme/regionColors';
import { fetchBenchDataset, parseSize } from './benchDataset';
import { installGlobeGlHook } from './globeGlHook';
import { GLOBE_GL_CENTER, globeGlAltitude } from './globeGlView';

/** One arc as globe.gl's arcs layer reads it (its default accessor names). */
interface GlobeArc {
  startLat: number;
  startLng: number;
  endLat: number;
  endLng: number;
  color: string;
  year: number | null;
}

/** The app's ocean and page background (src/map/baseStyle.ts, bench.html). */
const OCEAN = '#0d2140';
const BACKGROUND = '#0b1a30';

function toGlobeArcs(dataset: Dataset): GlobeArc[] {
  return dataset.pairings.flatMap((p) => {
    if (p.notOnMap !== null || p.cn.lat === null || p.cn.lon === null || p.partner.lat === null || p.partner.lon === null) return [];
    const color = p.year === null ? UNKNOWN_REGION_COLOR : regionColor(p.partner.region);
    return [{ startLat: p.cn.lat, startLng: p.cn.lon, endLat: p.partner.lat, endLng: p.partner.lon, color, year: p.year }];
  });
}

function boot(): void {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('bench-map');
  if (!container) throw new Error('invalid page: #bench-map missing');
  container.style.width = parseSize(params.get('w'));
  container.style.height = parseSize(params.get('h'));

  // globe.gl's update runs after a debounce and calls the colour accessor once per arc it keeps:
  // once it has been called for every arc given, the update has run.
  let colorCalls = 0;
  let updated: { expected: number; resolve: () => void } | null = null;
  const colorOf = (arc: object): string => {
    colorCalls++;
    if (updated && colorCalls === updated.expected) {
      const { resolve } = updated;
      updated = null;
      // A microtask runs once the update that is calling this has finished.
      queueMicrotask(resolve);
    }
    return (arc as GlobeArc).color;
  };

  const globe = new Globe(container, { animateIn: false })
    .width(container.clientWidth)
    .height(container.clientHeight)
    .backgroundColor(BACKGROUND)
    .enablePointerInteraction(false)
    .arcColor(colorOf)
    .arcsTransitionDuration(0);
  (globe.globeMaterial() as unknown as { color: { set(hex: string): void } }).color.set(OCEAN);
  const fov = (globe.camera() as unknown as { fov: number }).fov;
  globe.pointOfView({ ...GLOBE_GL_CENTER, altitude: globeGlAltitude(container.clientWidth, container.clientHeight, fov) }, 0);

  let all: GlobeArc[] = [];
  let shown: GlobeArc[] = [];
  let pairings = 0;
  const showArcs = (arcs: GlobeArc[]): Promise<void> => {
    shown = arcs;
    colorCalls = 0;
    const done = new Promise<void>((resolve) => {
      if (arcs.length > 0) {
        updated = { expected: arcs.length, resolve };
        return;
      }
      // No arc, no colour call: wait until the last arc has left the scene.
      const poll = (): void => {
        let left = false;
        globe.scene().traverse((o: { __globeObjType?: string }) => {
          left ||= o.__globeObjType === 'arc';
        });
        if (left) setTimeout(poll, 4);
        else resolve();
      };
      setTimeout(poll, 4);
    });
    globe.arcsData(arcs);
    return done;
  };

  const globeReady = new Promise<void>((resolve) => globe.onGlobeReady(resolve));
  const ready = fetchBenchDataset(params.get('data')).then(async (dataset) => {
    all = toGlobeArcs(dataset);
    await globeReady;
    await showArcs(all);
    pairings = dataset.pairings.length;
  });

  installGlobeGlHook({
    globe,
    ready,
    pairings: () => pairings,
    drawnArcs: () => shown.length,
    setYearWindow: (from, to) => showArcs(all.filter((a) => inYearWindow(a, { from, to, includeUnknown: true }))),
  });
}

boot();
