import type { Map as MapLibreMap } from 'maplibre-gl';
import { meanCenter } from '../geo/meanCenter';
import { selectCities } from '../state/cities';
import { selectCityTies } from '../state/focus';
import { frameBounds, frameGlobe, type LonLat } from '../state/frame';
import { selectPool } from '../state/pool';
import { selectSelectionLabels } from '../state/selectionLabels';
import type { AtlasState, CityRef } from '../state/state';
import type { Store } from '../state/store';
import { selectStateVisible } from '../state/visible';
import { CHINA_CENTER, resetView } from './createMap';
import { fitGlobeZoom } from './globeZoom';
import { createPartnerLabels } from './partnerLabels';

/** Largest zoom the camera uses to frame a selection. */
const MAX_FRAME_ZOOM = 5;

function sameRef(a: CityRef | null, b: CityRef | null): boolean {
  return a === b || (!!a && !!b && a.side === b.side && a.key === b.key);
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The pairings the camera frames: the selected city's ties in the pool, whatever the year window. */
function poolMask(state: AtlasState): Uint8Array {
  return selectPool(state).mask ?? new Uint8Array(state.dataset.pairings.length).fill(1);
}

/**
 * A selected city takes over the map: the camera flies to frame the city and its partners (on the globe
 * centred so that most partners are on the visible side, see `frameGlobe`; a jump instead of a flight
 * under prefers-reduced-motion), and the partners are labelled in the UI language. Clearing the
 * selection returns to the national view.
 */
export function applySelection(map: MapLibreMap, store: Store<AtlasState>): { destroy(): void } {
  const labels = createPartnerLabels(map);
  let frame = 0;

  function frameCity(state: AtlasState): void {
    const ties = selectCityTies(state.dataset, poolMask(state), state.selected);
    if (!ties?.point) return;
    const container = map.getContainer();
    const viewport = { width: container.clientWidth, height: container.clientHeight };
    const reduced = prefersReducedMotion();
    if (state.projection === 'globe') {
      const camera = frameGlobe(ties.point, ties.others, viewport, { maxZoom: MAX_FRAME_ZOOM });
      const options = { center: [camera.lon, camera.lat] as LonLat, zoom: camera.zoom, bearing: 0, pitch: 0 };
      if (reduced) map.jumpTo(options);
      else map.flyTo({ ...options, essential: true });
      return;
    }
    const bounds = frameBounds([ties.point, ...ties.others]);
    if (bounds) map.fitBounds(bounds, { padding: Math.min(60, viewport.width / 8), maxZoom: MAX_FRAME_ZOOM, animate: !reduced });
  }

  function nationalView(state: AtlasState): void {
    const cn = selectCities(state.dataset).cn.flatMap((c) => (c.lat === null || c.lon === null ? [] : [[c.lon, c.lat] as LonLat]));
    const center = meanCenter(cn) ?? CHINA_CENTER;
    const container = map.getContainer();
    if (prefersReducedMotion()) map.jumpTo({ center, zoom: fitGlobeZoom(container.clientWidth, container.clientHeight, center[1]), bearing: 0, pitch: 0 });
    else resetView(map, center);
  }

  function updateLabels(): void {
    frame = 0;
    const state = store.get();
    const visible = selectStateVisible(state);
    labels.set(selectSelectionLabels(state.dataset, visible.pairing, state.selected, state.lang));
  }

  const unsubscribe = store.subscribe((state, prev) => {
    const moved = !sameRef(state.selected, prev.selected) && state.dataset === prev.dataset;
    if (moved && state.selected) frameCity(state);
    else if (moved) nationalView(state);
    if (
      state.selected !== prev.selected ||
      state.dataset !== prev.dataset ||
      state.lang !== prev.lang ||
      state.yearFrom !== prev.yearFrom ||
      state.yearTo !== prev.yearTo ||
      state.mode !== prev.mode ||
      state.includeUnknown !== prev.includeUnknown ||
      state.filters !== prev.filters ||
      state.home !== prev.home
    ) {
      if (!frame) frame = requestAnimationFrame(updateLabels);
    }
  });
  if (store.get().selected) frameCity(store.get());
  updateLabels();
  return {
    destroy() {
      unsubscribe();
      cancelAnimationFrame(frame);
      labels.destroy();
    },
  };
}
