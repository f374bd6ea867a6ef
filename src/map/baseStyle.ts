/**
 * The offline base map: a MapLibre style that needs nothing but the app's own files.
 *
 * No `glyphs` and no `sprite`: MapLibre draws label glyphs itself with the browser's fonts, the
 * `text-font` names being CSS families. The sources are the Natural Earth GeoJSON files that
 * `npm run world:build` writes into public/world/, addressed relative to the page so the app runs
 * from any static path.
 */
import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/** A label language of the map. */
export type MapLang = 'en' | 'zh';

/** Options of {@link createBaseStyle}. */
export interface BaseStyleOptions {
  /** Language of the country labels. */
  lang: MapLang;
  /** URL the `world/` files resolve against: the page's base URL (`document.baseURI`). */
  baseUrl: string;
  /** Initial projection; default `globe`. */
  projection?: 'globe' | 'mercator';
}

/** Colours of the base map, for the layers the app adds on top to match. */
export const BASE_COLORS = {
  ocean: '#0d2140',
  land: '#1e3250',
  border: '#48648e',
  label: '#9fb3cf',
  halo: '#0d2140',
} as const;

/**
 * Font stack for every label. Latin-first families, then Chinese ones: the browser falls back
 * per character, so Latin text keeps its face and Chinese text gets a Simplified Chinese one
 * (listing an SC font also picks Simplified glyph shapes over Japanese ones).
 */
export const LABEL_FONT = ['Noto Sans', 'Helvetica Neue', 'Arial', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

/** Ids of the base layers, bottom to top. */
export const BASE_LAYER_IDS = {
  background: 'sca-ocean',
  land: 'sca-land',
  borders: 'sca-borders',
  countryLabels: 'sca-country-labels',
} as const;

/** The text of a country label in a language. */
export function countryLabelField(lang: MapLang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

/** Resolves a file of public/world/ against the base URL. */
function worldUrl(file: string, baseUrl: string): string {
  return new URL(`world/${file}`, baseUrl).href;
}

/** Sources of the base map that the arcs are drawn over: the land and the borders. */
export const BACKDROP_SOURCES: readonly string[] = ['land', 'borders'];

/**
 * Whether the sources `ids` have loaded (or failed to) for the current view, the latest data sent to
 * them included, so that what is drawn with them appears with them. A source the style lacks counts as loaded.
 */
export function sourcesLoaded(map: MapLibreMap, ids: readonly string[]): boolean {
  return ids.every((id) => !map.getSource(id) || map.isSourceLoaded(id));
}

/** Builds the offline base style: ocean, land, borders and country labels, on the globe by default. */
export function createBaseStyle(opts: BaseStyleOptions): StyleSpecification {
  const attribution = 'Natural Earth';
  return {
    version: 8,
    name: 'Sister City Atlas base',
    projection: { type: opts.projection ?? 'globe' },
    sky: {
      'sky-color': BASE_COLORS.ocean,
      'horizon-color': '#1d3a63',
      'sky-horizon-blend': 0.6,
      // Full atmosphere from afar, fading out as the camera comes close.
      'atmosphere-blend': ['interpolate', ['linear'], ['zoom'], 0, 0.9, 5, 0.4, 8, 0],
    },
    sources: {
      land: { type: 'geojson', data: worldUrl('land.json', opts.baseUrl), attribution, maxzoom: 6 },
      borders: { type: 'geojson', data: worldUrl('borders.json', opts.baseUrl), attribution, maxzoom: 6 },
      countryLabels: { type: 'geojson', data: worldUrl('country-labels.json', opts.baseUrl), attribution, maxzoom: 6 },
    },
    layers: [
      { id: BASE_LAYER_IDS.background, type: 'background', paint: { 'background-color': BASE_COLORS.ocean } },
      // No coastline stroke: the land rings carry edges along ±180° and the poles where they were
      // cut, which a line would draw. The antialiased fill edge is the coast.
      { id: BASE_LAYER_IDS.land, type: 'fill', source: 'land', paint: { 'fill-color': BASE_COLORS.land } },
      {
        id: BASE_LAYER_IDS.borders,
        type: 'line',
        source: 'borders',
        // Bevel joins: at these widths (under a pixel at world zoom) no join shape can be told
        // apart, and round joins cost a fan of triangles at every vertex of the 50m borders
        // (about 7 % of a frame on software WebGL).
        layout: { 'line-join': 'bevel' },
        paint: {
          'line-color': BASE_COLORS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.1],
          'line-opacity': 0.8,
        },
      },
      {
        id: BASE_LAYER_IDS.countryLabels,
        type: 'symbol',
        source: 'countryLabels',
        // `minzoom` of each label comes from its country's area; filters see integer zooms.
        filter: ['>=', ['zoom'], ['get', 'minzoom']],
        layout: {
          'text-field': countryLabelField(opts.lang),
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 6, 14],
          'text-max-width': 7,
          'text-padding': 4,
          'symbol-sort-key': ['-', 0, ['get', 'area']],
        },
        paint: {
          'text-color': BASE_COLORS.label,
          'text-halo-color': BASE_COLORS.halo,
          'text-halo-width': 1.2,
          'text-opacity': 0.85,
        },
      },
    ],
  };
}

/** Switches the country labels to another language in place, without rebuilding the style. */
export function applyLabelLanguage(map: MapLibreMap, lang: MapLang): void {
  if (map.getLayer(BASE_LAYER_IDS.countryLabels)) {
    map.setLayoutProperty(BASE_LAYER_IDS.countryLabels, 'text-field', countryLabelField(lang));
  }
}
