import { cellText, position, type LooseFeature } from './geojsonValues';
import { pointFeatureRows } from './geojsonPoints';
import type { Table, UnreadableRow } from './table';

/** The features of a FeatureCollection, a single Feature or an array holding features; null otherwise. */
export function featuresOf(json: unknown): LooseFeature[] | null {
  if (Array.isArray(json)) return json.some((item: LooseFeature | null) => item?.type === 'Feature') ? (json as LooseFeature[]) : null;
  if (json === null || typeof json !== 'object') return null;
  const object = json as { type?: unknown; features?: unknown };
  if (object.type === 'FeatureCollection' && Array.isArray(object.features)) return object.features as LooseFeature[];
  if (object.type === 'Feature') return [object as LooseFeature];
  return null;
}

/** First and last position of a LineString, or of the first and last part of a MultiLineString. */
function endpoints(geometry: LooseFeature['geometry']): [[number, number], [number, number]] | null {
  if (!geometry) return null;
  let line: unknown[] | null = null;
  if (geometry.type === 'LineString' && Array.isArray(geometry.coordinates)) line = geometry.coordinates;
  if (geometry.type === 'MultiLineString' && Array.isArray(geometry.coordinates)) {
    const parts = geometry.coordinates.filter(Array.isArray) as unknown[][];
    line = parts.length > 0 ? [parts[0]![0], parts.at(-1)!.at(-1)] : null;
  }
  if (!line || line.length < 2) return null;
  const a = position(line[0]);
  const b = position(line.at(-1));
  return a && b ? [a, b] : null;
}

const LINE_COLUMNS = ['lon1', 'lat1', 'lon2', 'lat2'];

/**
 * Converts LineString features into table rows: one row per feature, its properties as columns
 * (the column detector then finds names and year among them) plus `lon1, lat1, lon2, lat2` from
 * the line's first and last points (first point = the Chinese side). Features that are not lines,
 * or lines without two valid points, are listed as unreadable with their feature number.
 */
function lineFeatureRows(features: readonly LooseFeature[]): Table {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (!seen.has(key) && !LINE_COLUMNS.includes(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const unreadable: UnreadableRow[] = [];
  features.forEach((feature, i) => {
    const kind = feature.geometry?.type;
    if (kind !== 'LineString' && kind !== 'MultiLineString') {
      unreadable.push({ row: i + 1, reason: 'feature-not-a-line-or-point', detail: cellText(kind) });
      return;
    }
    const ends = endpoints(feature.geometry);
    if (!ends) {
      unreadable.push({ row: i + 1, reason: 'feature-coordinates-invalid', detail: '' });
      return;
    }
    const properties = feature.properties ?? {};
    const [[lon1, lat1], [lon2, lat2]] = ends;
    rows.push([...keys.map((key) => cellText(properties[key])), String(lon1), String(lat1), String(lon2), String(lat2)]);
    rowNumbers.push(i + 1);
  });
  return { format: 'geojson', headers: [...keys, ...LINE_COLUMNS], rows, rowNumbers, unreadable, delimiter: '' };
}

/**
 * Converts parsed GeoJSON into a table. Files whose features are mostly LineStrings give one row
 * per line; files of Point features give one row per partner reference (see `pointFeatureRows`).
 * Returns null when the JSON holds no features at all.
 */
export function geojsonToTable(json: unknown): Table | null {
  const features = featuresOf(json);
  if (!features || features.length === 0) return null;
  const lines = features.filter((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString').length;
  const points = features.filter((f) => f.geometry?.type === 'Point').length;
  return points > lines ? pointFeatureRows(features) : lineFeatureRows(features);
}
