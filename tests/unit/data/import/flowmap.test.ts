import { describe, expect, it } from 'vitest';
import { flowmapToTable, isFlowsTable, isLocationsTable } from '../../../../src/data/import/flowmap';
import type { Table } from '../../../../src/data/import/table';

function csv(headers: string[], rows: string[][]): Table {
  return { format: 'csv', headers, rows, rowNumbers: rows.map((_, i) => i + 2), unreadable: [], delimiter: ',' };
}

const LOCATIONS = csv(
  ['id', 'name', 'lat', 'lon', 'country', 'province'],
  [
    ['nj', 'Nanjing', '32.0603', '118.7969', 'CN', 'Jiangsu'],
    ['stl', 'St. Louis', '38.6273', '-90.1979', 'US', 'Missouri'],
    ['x1', '', '35.18', '136.91', 'JP', ''],
  ],
);

const FLOWS = csv(['origin', 'dest', 'count', 'time'], [['nj', 'stl', '1', '1979-11-02']]);

describe('isLocationsTable', () => {
  it('isLocationsTable recognises id, lat and lon headers', () => {
    expect(isLocationsTable(LOCATIONS)).toBe(true);
  });

  it('isLocationsTable rejects a table without an id column', () => {
    expect(isLocationsTable(csv(['name', 'lat', 'lon'], []))).toBe(false);
  });
});

describe('isFlowsTable', () => {
  it('isFlowsTable recognises origin and dest headers', () => {
    expect(isFlowsTable(FLOWS)).toBe(true);
  });

  it('isFlowsTable recognises source and target headers in any case', () => {
    expect(isFlowsTable(csv(['Source', 'Target', 'Count'], []))).toBe(true);
  });

  it('isFlowsTable rejects a locations table', () => {
    expect(isFlowsTable(LOCATIONS)).toBe(false);
  });

  it('isFlowsTable rejects a table with an origin but no destination', () => {
    expect(isFlowsTable(csv(['origin', 'count'], []))).toBe(false);
  });
});

describe('flowmapToTable', () => {
  it('flowmapToTable joins a flow with its two locations, the origin as the Chinese side', () => {
    const table = flowmapToTable(LOCATIONS, FLOWS);
    expect(table.rows).toEqual([['Nanjing', 'Jiangsu', '32.0603', '118.7969', 'St. Louis', 'US', '38.6273', '-90.1979', '1979-11-02']]);
  });

  it('flowmapToTable names its columns so that column detection maps them', () => {
    expect(flowmapToTable(LOCATIONS, FLOWS).headers).toEqual([
      'origin name',
      'origin province',
      'origin lat',
      'origin lon',
      'dest name',
      'dest country',
      'dest lat',
      'dest lon',
      'time',
    ]);
  });

  it('flowmapToTable numbers each row by its row in the flows file', () => {
    const flows = { ...FLOWS, rows: [['nj', 'stl', '1', '1979']], rowNumbers: [7] };
    expect(flowmapToTable(LOCATIONS, flows).rowNumbers).toEqual([7]);
  });

  it('flowmapToTable uses the destination id as the partner name when the destination has no name', () => {
    const table = flowmapToTable(LOCATIONS, csv(['origin', 'dest'], [['nj', 'x1']]));
    expect(table.rows[0]![4]).toBe('x1');
  });

  it('flowmapToTable uses the origin id as the Chinese name when the origin has no name', () => {
    const table = flowmapToTable(LOCATIONS, csv(['origin', 'dest'], [['x1', 'stl']]));
    expect(table.rows[0]![0]).toBe('x1');
  });

  it('flowmapToTable leaves the year empty when the flows have no time column', () => {
    const table = flowmapToTable(LOCATIONS, csv(['origin', 'dest', 'count'], [['nj', 'stl', '3']]));
    expect(table.rows[0]![8]).toBe('');
  });

  it('flowmapToTable reads a year column when there is no time column', () => {
    const table = flowmapToTable(LOCATIONS, csv(['origin', 'dest', 'year'], [['nj', 'stl', '1979']]));
    expect(table.rows[0]![8]).toBe('1979');
  });

  it('flowmapToTable reports a flow to an unknown location id as unreadable, with that id', () => {
    const table = flowmapToTable(LOCATIONS, csv(['origin', 'dest'], [['nj', 'mtp']]));
    expect(table.rows).toEqual([]);
    expect(table.unreadable).toEqual([{ row: 2, reason: 'location-id-not-found', detail: 'mtp' }]);
  });

  it('flowmapToTable reports the origin id when the origin is unknown', () => {
    const table = flowmapToTable(LOCATIONS, csv(['origin', 'dest'], [['zz', 'stl']]));
    expect(table.unreadable[0]!.detail).toBe('zz');
  });

  it('flowmapToTable keeps the flows file delimiter and marks the table as flowmap', () => {
    const table = flowmapToTable(LOCATIONS, { ...FLOWS, delimiter: '\t' });
    expect([table.format, table.delimiter]).toEqual(['flowmap', '\t']);
  });

  it('flowmapToTable throws on a locations table without lat and lon', () => {
    expect(() => flowmapToTable(csv(['id', 'name'], []), FLOWS)).toThrow('invalid flowmap tables');
  });
});
