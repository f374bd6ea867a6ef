/**
 * Names of the selected city's partners (or, for a partner city, of its Chinese units) on the map, in
 * the UI language. One GeoJSON source and one symbol layer on top of the city layers: MapLibre's
 * collision detection drops the labels that would overlap, the partners with more ties placed first.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { BASE_COLORS, LABEL_FONT } from './baseStyle';

/** Id of the partner label source and layer. */
export const PARTNER_LABEL_ID = 'sca-partner-labels';

/** A label to draw: a name in the UI language at a point, and the ties behind it (more ties, placed first). */
export interface PartnerLabel {
  name: string;
  lon: number;
  lat: number;
  ties: number;
}

/** The symbol layer of the partner labels. */
export function partnerLabelLayer(): SymbolLayerSpecification {
  return {
    id: PARTNER_LABEL_ID,
    type: 'symbol',
    source: PARTNER_LABEL_ID,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 13,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      'text-max-width': 9,
      'text-padding': 3,
      'symbol-sort-key': ['-', 0, ['get', 'ties']],
    },
    paint: {
      'text-color': '#ffffff',
      'text-halo-color': BASE_COLORS.halo,
      'text-halo-width': 1.6,
    },
  };
}

function toCollection(labels: readonly PartnerLabel[]): FeatureCollection<Point, { name: string; ties: number }> {
  return {
    type: 'FeatureCollection',
    features: labels.map((label) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [label.lon, label.lat] },
      properties: { name: label.name, ties: label.ties },
    })),
  };
}

/** The partner labels of a map. */
export interface PartnerLabels {
  /** Replaces every label (an empty list hides them). */
  set(labels: readonly PartnerLabel[]): void;
  /** Removes the layer and its source. */
  destroy(): void;
}

/** Adds the partner label source and layer on top of the map's layers (call after the city layers). */
export function createPartnerLabels(map: MapLibreMap): PartnerLabels {
  map.addSource(PARTNER_LABEL_ID, { type: 'geojson', data: toCollection([]) });
  map.addLayer(partnerLabelLayer());
  const source = map.getSource(PARTNER_LABEL_ID) as GeoJSONSource;
  return {
    set(labels) {
      source.setData(toCollection(labels));
    },
    destroy() {
      if (!map.getStyle()) return;
      if (map.getLayer(PARTNER_LABEL_ID)) map.removeLayer(PARTNER_LABEL_ID);
      if (map.getSource(PARTNER_LABEL_ID)) map.removeSource(PARTNER_LABEL_ID);
    },
  };
}
