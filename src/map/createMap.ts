/**
 * Creates the atlas's MapLibre map: offline base style, globe or Mercator, a first view that frames
 * the whole globe around China.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createBaseStyle, type MapLang } from './baseStyle';
import { fitGlobeZoom } from './globeZoom';

/** A projection the atlas offers. */
export type AtlasProjection = 'globe' | 'mercator';

/** The map of an atlas, for code outside src/map that holds it without using maplibre-gl itself. */
export type AtlasMap = MapLibreMap;

/** Options of {@link createAtlasMap}. */
export interface AtlasMapOptions {
  /** Language of the base map's labels. */
  lang: MapLang;
  projection: AtlasProjection;
  /** URL the `world/` files resolve against; default `document.baseURI`. */
  baseUrl?: string;
}

/** Where the first view centres: central China, [lon, lat]. */
export const CHINA_CENTER: [number, number] = [105, 30];

/** Largest drawing buffer: enough for a 4K PNG export, within what mid-range GPUs allow. */
const MAX_CANVAS_SIZE: [number, number] = [8192, 8192];

/**
 * Creates the map in `container`. The style is the offline base map; the sources load from
 * `world/` beside the page. Add layers once its style has loaded (`style.load`).
 */
export function createAtlasMap(container: HTMLElement, opts: AtlasMapOptions): MapLibreMap {
  setWorkerUrl(workerUrl);
  const baseUrl = opts.baseUrl ?? document.baseURI;
  return new MapLibreMap({
    container,
    style: createBaseStyle({ lang: opts.lang, baseUrl, projection: opts.projection }),
    center: CHINA_CENTER,
    zoom: fitGlobeZoom(container.clientWidth, container.clientHeight, CHINA_CENTER[1]),
    minZoom: 0,
    maxZoom: 9,
    attributionControl: { compact: true, customAttribution: 'MapLibre' },
    maxCanvasSize: MAX_CANVAS_SIZE,
    canvasContextAttributes: { preserveDrawingBuffer: false },
  });
}

/** Switches the projection, keeping the view where it is. */
export function setProjection(map: MapLibreMap, projection: AtlasProjection): void {
  map.setProjection({ type: projection });
}

/** Eases to the first view: the globe around `center` (China by default), fitted to the container. */
export function resetView(map: MapLibreMap, center: [number, number] = CHINA_CENTER): void {
  const canvas = map.getContainer();
  map.easeTo({
    center,
    zoom: fitGlobeZoom(canvas.clientWidth, canvas.clientHeight, center[1]),
    bearing: 0,
    pitch: 0,
  });
}
