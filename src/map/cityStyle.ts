/**
 * How the city points look: the GeoJSON source and the four layers drawn from it (dots, hover
 * ring, selection ring, names). Pure style data; `cityLayers.ts` adds it to a map and runs it.
 */
import type { CircleLayerSpecification, ExpressionSpecification, FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { City } from '../state/cities';
import { BASE_COLORS, LABEL_FONT, type MapLang } from './baseStyle';

/** Id of the GeoJSON source of the city points. */
export const CITY_SOURCE_ID = 'sca-cities';

/** Ids of the city layers, bottom to top. Insert the arc layer before `circles`. */
export const CITY_LAYER_IDS = {
  circles: 'sca-city-circles',
  hover: 'sca-city-hover',
  selected: 'sca-city-selected',
  labels: 'sca-city-labels',
} as const;

/** Colours of the two sides: Chinese cities warm, partners a cool light blue (as in the legend). */
export const CITY_COLORS = {
  cn: '#ffb347',
  partner: '#cfe3ff',
  cnLabel: '#ffe2b8',
  partnerLabel: '#e4efff',
  ring: '#ffffff',
} as const;

/** A city to draw: its names from the city index, a place, and its ties visible under the current filter (0 leaves a faint dot). */
export type CityFeature = Pick<City, 'key' | 'side' | 'nameEn' | 'nameZh' | 'countryEn' | 'countryZh'> & { lon: number; lat: number; ties: number };

/** Properties of a city point in the source. */
export interface CityPointProperties {
  /** `side:key`, unique across both sides. */
  cid: string;
  side: 'cn' | 'partner';
  name_en: string;
  name_zh: string;
  ties: number;
}

/** The source id of a city: its side and key. */
export function cityId(side: 'cn' | 'partner', key: string): string {
  return `${side}:${key}`;
}

/** A filter matching one city, or none when `cid` is null. */
export function cityFilter(cid: string | null): FilterSpecification {
  return cid === null ? false : ['==', ['get', 'cid'], cid];
}

/** The text of a city label in a language. */
export function cityLabelField(lang: MapLang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

const ties: ExpressionSpecification = ['get', 'ties'];
const hasTies: ExpressionSpecification = ['>', ties, 0];

/**
 * Dot radius in pixels, growing with the square root of the visible ties so that areas compare;
 * `extra` widens it for the rings drawn around a dot.
 */
export function cityRadius(extra = 0): ExpressionSpecification {
  const sized = (base: number, k: number): ExpressionSpecification => [
    'case',
    hasTies,
    ['+', base + extra, ['*', k, ['sqrt', ['min', ties, 400]]]],
    base * 0.75 + extra,
  ];
  return ['interpolate', ['linear'], ['zoom'], 1, sized(1.6, 0.6), 6, sized(3, 1.25)];
}

/** The least number of visible ties a city needs for its name to show, by zoom. */
const labelMinTies: ExpressionSpecification = ['step', ['zoom'], 12, 2, 6, 3, 3, 4, 2, 5, 1];

/** The city layers, bottom to top, for a map showing labels in `lang`. */
export function cityLayers(lang: MapLang): [CircleLayerSpecification, CircleLayerSpecification, CircleLayerSpecification, SymbolLayerSpecification] {
  const ring = (id: string, extra: number, width: number, opacity: number): CircleLayerSpecification => ({
    id,
    type: 'circle',
    source: CITY_SOURCE_ID,
    filter: cityFilter(null),
    paint: {
      'circle-radius': cityRadius(extra),
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': CITY_COLORS.ring,
      'circle-stroke-width': width,
      'circle-stroke-opacity': opacity,
    },
  });
  return [
    {
      id: CITY_LAYER_IDS.circles,
      type: 'circle',
      source: CITY_SOURCE_ID,
      // Small dots on top of big ones, so each stays hoverable.
      layout: { 'circle-sort-key': ['-', 0, ties] },
      paint: {
        'circle-radius': cityRadius(),
        'circle-color': ['match', ['get', 'side'], 'cn', CITY_COLORS.cn, CITY_COLORS.partner],
        'circle-opacity': ['case', hasTies, 0.9, 0.14],
        'circle-stroke-color': BASE_COLORS.ocean,
        'circle-stroke-width': ['case', hasTies, 0.7, 0],
        'circle-stroke-opacity': 0.9,
      },
    },
    ring(CITY_LAYER_IDS.hover, 2, 1.2, 0.7),
    ring(CITY_LAYER_IDS.selected, 3.5, 2.2, 1),
    {
      id: CITY_LAYER_IDS.labels,
      type: 'symbol',
      source: CITY_SOURCE_ID,
      filter: ['>=', ties, labelMinTies],
      layout: {
        'text-field': cityLabelField(lang),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11, 5, 13],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['+', 0.45, ['*', 0.07, ['sqrt', ['min', ties, 400]]]],
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 2,
        'symbol-sort-key': ['-', 0, ties],
      },
      paint: {
        'text-color': ['match', ['get', 'side'], 'cn', CITY_COLORS.cnLabel, CITY_COLORS.partnerLabel],
        'text-halo-color': BASE_COLORS.halo,
        'text-halo-width': 1.4,
        'text-halo-blur': 0.4,
      },
    },
  ];
}
