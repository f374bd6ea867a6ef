/**
 * City points of both sides on the map: dots sized by their visible ties, names for the bigger
 * ones, a ring on the hovered and on the selected city, and pointer events that report cities.
 * All of it comes from one GeoJSON source; a change sends MapLibre only the cities it changes.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { MapLang } from './baseStyle';
import { changedCount, diffCities, replacesMost } from './cityDiff';
import { CITY_LAYER_IDS, CITY_SOURCE_ID, cityFilter, cityId, cityLabelField, cityLayers, type CityFeature, type CityPointProperties } from './cityStyle';

/** The city layers of a map. */
export interface CityLayers {
  /** Id of the lowest city layer: add the arc layer before it to draw arcs under the cities. */
  readonly firstLayerId: string;
  /** Shows these cities: the changed ones go to MapLibre as a diff, or all of them when most changed. */
  setCities(cities: CityFeature[]): void;
  /** Switches the names to another language. */
  setLanguage(lang: MapLang): void;
  /** Rings the selected city; null clears the ring. */
  setSelected(ref: { side: 'cn' | 'partner'; key: string } | null): void;
  /** Called while the pointer moves over a city (with its position in the map), and once with null when it leaves. */
  onHover(cb: (city: CityFeature | null, point: { x: number; y: number }) => void): void;
  /** Called on a click: the city under the pointer, or null for a click on the empty map. */
  onClick(cb: (city: CityFeature | null) => void): void;
  /** The city drawn at a point of the map's container, or null; where dots overlap, the one with more visible ties. */
  queryAt(point: { x: number; y: number }): CityFeature | null;
}

/** Options of {@link createCityLayers}. */
export interface CityLayerOptions {
  lang: MapLang;
  /** Layer to insert the city layers before; default on top of everything. */
  beforeId?: string;
}

/** Pixels around the pointer that still hit a dot, so small dots are easy to point at. */
const HIT_SLOP = 4;

function toFeature(c: CityFeature): Feature<Point, CityPointProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
    properties: { cid: cityId(c.side, c.key), side: c.side, name_en: c.nameEn, name_zh: c.nameZh, ties: c.ties },
  };
}

function toCollection(cities: readonly CityFeature[]): FeatureCollection<Point, CityPointProperties> {
  return { type: 'FeatureCollection', features: cities.map(toFeature) };
}

/**
 * Adds the city source and layers to `map`, which must have loaded its style (call it from the
 * map's `style.load` event).
 */
export function createCityLayers(map: MapLibreMap, opts: CityLayerOptions): CityLayers {
  // Features are known by their city id, so that a change sends only the cities it changes (see cityDiff.ts).
  map.addSource(CITY_SOURCE_ID, { type: 'geojson', data: toCollection([]), promoteId: 'cid' });
  for (const layer of cityLayers(opts.lang)) map.addLayer(layer, opts.beforeId);
  const source = map.getSource(CITY_SOURCE_ID) as GeoJSONSource;

  let byId = new Map<string, CityFeature>();
  let hoveredId: string | null = null;
  const hoverListeners: ((city: CityFeature | null, point: { x: number; y: number }) => void)[] = [];
  const clickListeners: ((city: CityFeature | null) => void)[] = [];

  function queryAt(point: { x: number; y: number }): CityFeature | null {
    if (!map.getLayer(CITY_LAYER_IDS.circles)) return null;
    const hits = map.queryRenderedFeatures(
      [
        [point.x - HIT_SLOP, point.y - HIT_SLOP],
        [point.x + HIT_SLOP, point.y + HIT_SLOP],
      ],
      { layers: [CITY_LAYER_IDS.circles] },
    );
    let best: CityFeature | null = null;
    let bestScore = Infinity;
    for (const hit of hits) {
      const city = byId.get(String(hit.properties.cid));
      if (!city) continue;
      const p = map.project([city.lon, city.lat]);
      // Overlapping dots: the one with more visible ties wins (a prefecture over its district), then the nearest.
      const score = Math.hypot(p.x - point.x, p.y - point.y) - city.ties * 1e3;
      if (score < bestScore) {
        best = city;
        bestScore = score;
      }
    }
    return best;
  }

  function setHovered(city: CityFeature | null): void {
    const id = city ? cityId(city.side, city.key) : null;
    if (id === hoveredId) return;
    hoveredId = id;
    map.setFilter(CITY_LAYER_IDS.hover, cityFilter(id));
    map.getCanvas().style.cursor = city ? 'pointer' : '';
  }

  let frame = 0;
  let lastPoint = { x: 0, y: 0 };
  function reportHover(): void {
    frame = 0;
    const city = queryAt(lastPoint);
    const wasHovering = hoveredId !== null;
    setHovered(city);
    if (city || wasHovering) for (const cb of hoverListeners) cb(city, lastPoint);
  }
  map.on('mousemove', (e: MapMouseEvent) => {
    lastPoint = { x: e.point.x, y: e.point.y };
    // One query per frame however fast the pointer moves.
    if (!frame) frame = requestAnimationFrame(reportHover);
  });
  map.on('mouseout', () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if (hoveredId === null) return;
    setHovered(null);
    for (const cb of hoverListeners) cb(null, lastPoint);
  });
  map.on('click', (e: MapMouseEvent) => {
    const city = queryAt(e.point);
    for (const cb of clickListeners) cb(city);
  });

  return {
    firstLayerId: CITY_LAYER_IDS.circles,
    setCities(cities) {
      const changes = diffCities(byId, cities);
      byId = changes.byId;
      if (hoveredId !== null && !byId.has(hoveredId)) setHovered(null);
      if (replacesMost(changes, cities.length)) void source.setData(toCollection(cities));
      else if (changedCount(changes) > 0) {
        void source.updateData({
          remove: changes.remove,
          add: changes.add.map(toFeature),
          update: changes.resize.map(({ id, ties }) => ({ id, addOrUpdateProperties: [{ key: 'ties', value: ties }] })),
        });
      }
    },
    setLanguage(lang) {
      map.setLayoutProperty(CITY_LAYER_IDS.labels, 'text-field', cityLabelField(lang));
    },
    setSelected(ref) {
      map.setFilter(CITY_LAYER_IDS.selected, cityFilter(ref ? cityId(ref.side, ref.key) : null));
    },
    onHover(cb) {
      hoverListeners.push(cb);
    },
    onClick(cb) {
      clickListeners.push(cb);
    },
    queryAt,
  };
}
