import type { ColumnMapping, ColumnRole } from './columns';
import type { Table } from './table';

/** One table row read through the column mapping: every field as text, '' when not mapped. */
export interface ImportRecord {
  /** Row number the user sees in the file. */
  row: number;
  cnName: string;
  cnProvince: string;
  cnLat: string;
  cnLon: string;
  partnerName: string;
  partnerCountry: string;
  partnerLat: string;
  partnerLon: string;
  year: string;
}

/** Reads every table row through a mapping. */
export function recordsOf(table: Table, mapping: ColumnMapping): ImportRecord[] {
  return table.rows.map((cells, i) => {
    const get = (role: ColumnRole): string => {
      const column = mapping[role];
      return column === null ? '' : (cells[column] ?? '').trim();
    };
    return {
      row: table.rowNumbers[i] ?? i + 1,
      cnName: get('cnName'),
      cnProvince: get('cnProvince'),
      cnLat: get('cnLat'),
      cnLon: get('cnLon'),
      partnerName: get('partnerName'),
      partnerCountry: get('partnerCountry'),
      partnerLat: get('partnerLat'),
      partnerLon: get('partnerLon'),
      year: get('year'),
    };
  });
}

/** A coordinate cell read: a number, nothing, or text that is not a coordinate. */
export type CoordinateCell = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

/**
 * Reads a decimal coordinate as written in spreadsheets: `39.9`, `-75.16`, `39,9` (decimal comma),
 * `39.9 N`, `116.4°E` (S and W negate). Anything else is invalid.
 */
export function parseCoordinate(text: string): CoordinateCell {
  const s = text.normalize('NFKC').trim();
  if (s === '') return { kind: 'empty' };
  const m = /^([+-]?\d+(?:[.,]\d+)?)\s*°?\s*([NSEWnsew])?$/.exec(s);
  if (!m) return { kind: 'invalid' };
  const value = Number(m[1]!.replace(',', '.'));
  const negative = m[2] !== undefined && /[SWsw]/.test(m[2]);
  return Number.isFinite(value) ? { kind: 'number', value: negative ? -value : value } : { kind: 'invalid' };
}

/** A point from a record's two coordinate cells. */
export type PointCells =
  | { kind: 'point'; lat: number; lon: number }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string }
  | { kind: 'out-of-range'; text: string };

/**
 * Reads a latitude and longitude pair: both empty is no point; one missing, text that is not a
 * number, or values outside ±90/±180 make an unusable point (reported, never silently dropped).
 */
export function pointOf(latText: string, lonText: string): PointCells {
  const lat = parseCoordinate(latText);
  const lon = parseCoordinate(lonText);
  if (lat.kind === 'empty' && lon.kind === 'empty') return { kind: 'empty' };
  const text = `${latText}, ${lonText}`;
  if (lat.kind !== 'number' || lon.kind !== 'number') return { kind: 'invalid', text };
  if (Math.abs(lat.value) > 90 || Math.abs(lon.value) > 180) return { kind: 'out-of-range', text };
  return { kind: 'point', lat: lat.value, lon: lon.value };
}
