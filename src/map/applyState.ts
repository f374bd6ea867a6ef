import type { Map as MapLibreMap } from 'maplibre-gl';
import { cityOf, cityPosition, selectCities, type City, type CityIndex } from '../state/cities';
import type { AtlasState, CityRef } from '../state/state';
import type { Store } from '../state/store';
import { selectPool } from '../state/pool';
import { selectStateScope } from '../state/scope';
import { selectStateVisible, selectVisible, visibleTiesOf, type Visible } from '../state/visible';
import { selectYearWindow } from '../state/yearWindow';
import { hideTooltip, showTooltip } from '../ui/tooltip';
import { arcMask, selectArcData } from './arcs/arcData';
import type { ArcLayer } from './arcs/arcTypes';
import { applyLabelLanguage } from './baseStyle';
import type { CityLayers } from './cityLayers';
import type { CityFeature } from './cityStyle';
import { meanCenter } from '../geo/meanCenter';
import { resetView, setProjection } from './createMap';

/** City points with their visible ties; with `present`, only the cities that have ties in the pool. */
function toFeatures(list: City[], ties: Int32Array, present: Int32Array | null): CityFeature[] {
  const features: CityFeature[] = [];
  list.forEach((c, i) => {
    if (c.lat === null || c.lon === null || (present && !present[i])) return;
    features.push({
      key: c.key,
      side: c.side,
      nameEn: c.nameEn,
      nameZh: c.nameZh,
      countryEn: c.countryEn,
      countryZh: c.countryZh,
      lon: c.lon,
      lat: c.lat,
      ties: ties[i]!,
    });
  });
  return features;
}

/** Where a dataset's Chinese side is, so an imported city's own network opens in view. */
function centerOf(index: CityIndex): [number, number] | null {
  return meanCenter(index.cn.flatMap((c) => (c.lat === null || c.lon === null ? [] : [[c.lon, c.lat] as [number, number]])));
}

function focusOf(index: CityIndex, ref: CityRef | null): { cnIndex: number; partnerIndex: number } | null {
  const city = cityOf(index, ref);
  if (!city) return null;
  const i = cityPosition(index, city);
  return city.side === 'cn' ? { cnIndex: i, partnerIndex: -1 } : { cnIndex: -1, partnerIndex: i };
}

/**
 * Applies the store to the map: arcs (geometry once per dataset, the year window as uniforms),
 * city sizes, selection, hover, projection and label language. Map events write back to the store.
 */
export function applyState(map: MapLibreMap, arcs: ArcLayer, cities: CityLayers, store: Store<AtlasState>, tooltip: HTMLElement): { destroy(): void } {
  let pendingCities = 0;

  let pairingOf: Int32Array = new Int32Array(0);

  function visibleOf(state: AtlasState): Visible {
    return selectStateVisible(state);
  }

  function updateCities(): void {
    pendingCities = 0;
    const state = store.get();
    const index = selectCities(state.dataset);
    const visible = visibleOf(state);
    // Filters and a home city hide the cities they leave without any tie; the year window only shrinks them.
    const pool = selectPool(state).mask
      ? selectVisible(
          state.dataset,
          { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, includeUnknown: true },
          state.filters,
          selectStateScope(state),
        )
      : null;
    cities.setCities([
      ...toFeatures(index.partner, visible.partnerTies, pool?.partnerTies ?? null),
      ...toFeatures(index.cn, visible.cnTies, pool?.cnTies ?? null),
    ]);
  }

  function scheduleCities(): void {
    if (!pendingCities) pendingCities = requestAnimationFrame(updateCities);
  }

  function apply(state: AtlasState, prev: AtlasState | null): void {
    const index = selectCities(state.dataset);
    if (!prev || state.dataset !== prev.dataset) {
      const data = selectArcData(state.dataset);
      pairingOf = data.pairingOf;
      arcs.setArcs(data.arcs);
      arcs.setMask(arcMask(pairingOf, selectPool(state).mask));
      // At the next frame, in a task of its own: a large dataset's city points take a while to build.
      if (prev) scheduleCities();
      else updateCities();
      if (prev) resetView(map, centerOf(index) ?? undefined);
    }
    const window = selectYearWindow(state);
    if (
      !prev ||
      state.dataset !== prev.dataset ||
      state.yearFrom !== prev.yearFrom ||
      state.yearTo !== prev.yearTo ||
      state.mode !== prev.mode ||
      state.includeUnknown !== prev.includeUnknown
    ) {
      arcs.setYearWindow(window.from, window.to, window.includeUnknown);
      if (prev && state.dataset === prev.dataset) scheduleCities();
    }
    if (
      prev &&
      state.dataset === prev.dataset &&
      (state.filters !== prev.filters || state.home !== prev.home || state.sub !== prev.sub || state.selected !== prev.selected)
    ) {
      arcs.setMask(arcMask(pairingOf, selectPool(state).mask));
      scheduleCities();
    }
    if (!prev || state.selected !== prev.selected || state.dataset !== prev.dataset) {
      arcs.setFocus(focusOf(index, state.selected));
      cities.setSelected(state.selected);
    }
    if (!prev || state.hovered !== prev.hovered || state.dataset !== prev.dataset) arcs.setHover(focusOf(index, state.hovered));
    if (!prev || state.growYear !== prev.growYear || state.growProgress !== prev.growProgress) arcs.setGrow(state.growYear, state.growProgress);
    if (prev && state.projection !== prev.projection) setProjection(map, state.projection);
    if (prev && state.lang !== prev.lang) {
      cities.setLanguage(state.lang);
      applyLabelLanguage(map, state.lang);
    }
  }

  cities.onHover((feature, point) => {
    const state = store.get();
    if (!feature) {
      hideTooltip(tooltip);
      if (state.hovered) store.set({ hovered: null });
      return;
    }
    const index = selectCities(state.dataset);
    const ref = { side: feature.side, key: feature.key };
    const city = cityOf(index, ref);
    if (!city) return;
    showTooltip(tooltip, city, visibleTiesOf(visibleOf(state), index, city), state.lang, point);
    if (state.hovered?.key !== ref.key || state.hovered?.side !== ref.side) store.set({ hovered: ref });
  });
  cities.onClick((feature) => {
    store.set({ selected: feature ? { side: feature.side, key: feature.key } : null });
  });

  apply(store.get(), null);
  const unsubscribe = store.subscribe(apply);
  return {
    destroy() {
      unsubscribe();
      cancelAnimationFrame(pendingCities);
    },
  };
}
