import { readHeader } from './headerWords';
import type { Table, UnreadableRow } from './table';

/** Column indexes of a FlowmapBlue locations file. */
interface LocationColumns {
  id: number;
  name: number;
  lat: number;
  lon: number;
  country: number;
  province: number;
}

function find(headers: readonly string[], test: (header: string) => boolean): number {
  return headers.findIndex((header) => test(header.trim().toLowerCase()));
}

function locationColumns(headers: readonly string[]): LocationColumns | null {
  const id = find(headers, (h) => h === 'id');
  const lat = find(headers, (h) => readHeader(h).concept === 'lat');
  const lon = find(headers, (h) => readHeader(h).concept === 'lon');
  if (id < 0 || lat < 0 || lon < 0) return null;
  return {
    id,
    name: find(headers, (h) => readHeader(h).concept === 'name'),
    lat,
    lon,
    country: find(headers, (h) => readHeader(h).concept === 'country'),
    province: find(headers, (h) => readHeader(h).concept === 'province'),
  };
}

function flowColumns(headers: readonly string[]): { origin: number; dest: number; time: number } | null {
  const origin = find(headers, (h) => h === 'origin' || h === 'source' || h === 'from');
  const dest = find(headers, (h) => h === 'dest' || h === 'destination' || h === 'target' || h === 'to');
  if (origin < 0 || dest < 0) return null;
  return { origin, dest, time: find(headers, (h) => h === 'time' || readHeader(h).concept === 'year') };
}

/** Whether a table is a FlowmapBlue locations file (id, name, lat, lon). */
export function isLocationsTable(table: Table): boolean {
  return locationColumns(table.headers) !== null;
}

/** Whether a table is a FlowmapBlue flows file (origin, dest, count and optionally time). */
export function isFlowsTable(table: Table): boolean {
  return flowColumns(table.headers) !== null && locationColumns(table.headers) === null;
}

/**
 * Joins a FlowmapBlue locations file (id, name, lat, lon; country and province when present) and
 * flows file (origin, dest, count, time) into one table: one row per flow, numbered by its row in
 * the flows file, the origin as the Chinese side and the destination as the partner. The flow's
 * `time` becomes the year; its count is not a pairing property and is ignored. A flow naming an
 * unknown location id is unreadable.
 */
export function flowmapToTable(locations: Table, flows: Table): Table {
  const lc = locationColumns(locations.headers);
  const fc = flowColumns(flows.headers);
  if (!lc || !fc) throw new Error('invalid flowmap tables: missing id/lat/lon or origin/dest columns');
  const byId = new Map<string, string[]>();
  for (const row of locations.rows) byId.set(row[lc.id] ?? '', row);
  const cell = (row: string[] | undefined, column: number): string => (row && column >= 0 ? (row[column] ?? '') : '');
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const unreadable: UnreadableRow[] = [];
  flows.rows.forEach((flow, i) => {
    const row = flows.rowNumbers[i]!;
    const originId = cell(flow, fc.origin);
    const destId = cell(flow, fc.dest);
    const origin = byId.get(originId);
    const dest = byId.get(destId);
    if (!origin || !dest) {
      unreadable.push({ row, reason: 'location-id-not-found', detail: !origin ? originId : destId });
      return;
    }
    rows.push([
      cell(origin, lc.name) || originId,
      cell(origin, lc.province),
      cell(origin, lc.lat),
      cell(origin, lc.lon),
      cell(dest, lc.name) || destId,
      cell(dest, lc.country),
      cell(dest, lc.lat),
      cell(dest, lc.lon),
      cell(flow, fc.time),
    ]);
    rowNumbers.push(row);
  });
  const headers = ['origin name', 'origin province', 'origin lat', 'origin lon', 'dest name', 'dest country', 'dest lat', 'dest lon', 'time'];
  return { format: 'flowmap', headers, rows, rowNumbers, unreadable, delimiter: flows.delimiter };
}
