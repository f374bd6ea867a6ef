/**
 * The benchmark's baseline arcs: MapLibre's own GeoJSON line layer, with the same densified great
 * circles as the arc layer and the year window as a layer filter. This is the plain way to draw the
 * ties; the benchmark compares the app's WebGL layer with it.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/schema';
import { greatCircle } from '../geo/greatCircle';
import { regionColor } from '../theme/regionColors';

/** Properties of one baseline arc. */
export interface GeojsonArcProperties {
  /** Founding year; the property is left out when the year is unknown. */
  year?: number;
  color: string;
}

/** Ids of the baseline's source and layer. */
export const GEOJSON_ARCS_ID = 'bench-geojson-arcs';

/** Same step as the arc layer, so both draw the same number of points. */
const STEP_DEG = 2;

/** One LineString per pairing on the map, densified along its great circle. */
export function geojsonArcFeatures(dataset: Dataset): FeatureCollection<LineString, GeojsonArcProperties> {
  const features: FeatureCollection<LineString, GeojsonArcProperties>['features'] = [];
  for (const p of dataset.pairings) {
    const { cn, partner } = p;
    if (p.notOnMap !== null || cn.lon === null || cn.lat === null || partner.lon === null || partner.lat === null) continue;
    const coordinates = greatCircle([cn.lon, cn.lat], [partner.lon, partner.lat], { maxStepDeg: STEP_DEG });
    const properties: GeojsonArcProperties = { color: regionColor(partner.region) };
    if (p.year !== null) properties.year = p.year;
    features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });
  }
  return { type: 'FeatureCollection', features };
}

/** The layer filter for arcs founded in [from, to], plus undated arcs when `includeUnknown`. */
export function yearFilter(from: number, to: number, includeUnknown: boolean): ExpressionSpecification {
  const dated: ExpressionSpecification = ['all', ['has', 'year'], ['>=', ['get', 'year'], from], ['<=', ['get', 'year'], to]];
  return includeUnknown ? ['any', ['!', ['has', 'year']], dated] : dated;
}

/** Adds the baseline source and line layer below `beforeId`; the filter starts fully open. */
export function addGeojsonArcs(map: MapLibreMap, dataset: Dataset, beforeId?: string): void {
  map.addSource(GEOJSON_ARCS_ID, { type: 'geojson', data: geojsonArcFeatures(dataset) });
  map.addLayer(
    {
      id: GEOJSON_ARCS_ID,
      type: 'line',
      source: GEOJSON_ARCS_ID,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 1.2, 'line-opacity': 0.45 },
    },
    beforeId,
  );
}

/** Sets the year window of the baseline arcs (MapLibre re-lays the source's tiles out). */
export function setGeojsonYearWindow(map: MapLibreMap, from: number, to: number, includeUnknown: boolean): void {
  map.setFilter(GEOJSON_ARCS_ID, yearFilter(from, to, includeUnknown));
}
