import { describe, expect, it } from 'vitest';
import { readSources, type SourceFile } from '../../../../src/data/import/readSources';

function file(name: string, content: string | number[]): SourceFile {
  return { name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content) };
}

function errorOf(files: SourceFile[]): string {
  const result = readSources(files, null);
  return result.ok ? 'ok' : result.error.code;
}

describe('readSources', () => {
  it('readSources() reads a semicolon-separated file and keeps spreadsheet row numbers across blank lines', () => {
    const result = readSources([file('a.csv', 'city;partner;year\n\nNanjing;St. Louis;1979\nShanghai;Osaka;1974\n')], null);
    expect(result.ok && result.table.delimiter).toBe(';');
    expect(result.ok && result.table.rowNumbers).toEqual([3, 4]);
  });

  it('readSources() reads TSV', () => {
    const result = readSources([file('a.tsv', 'city\tpartner\nNanjing\tSt. Louis\n')], null);
    expect(result.ok && result.table.rows).toEqual([['Nanjing', 'St. Louis']]);
  });

  it('readSources() refuses an empty file, whitespace and a file with only a header', () => {
    expect(errorOf([file('a.csv', '')])).toBe('empty');
    expect(errorOf([file('a.csv', ' \n\n')])).toBe('empty');
    expect(errorOf([file('a.csv', 'city,partner\n')])).toBe('no-rows');
  });

  it('readSources() refuses binary garbage, spreadsheets, PDFs and images by their bytes', () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(errorOf([file('a.csv', garbage)])).toBe('binary');
    expect(errorOf([file('a.xlsx', [0x50, 0x4b, 0x03, 0x04, 1, 2, 3])])).toBe('spreadsheet');
    expect(errorOf([file('a.pdf', '%PDF-1.7\n')])).toBe('pdf');
    expect(errorOf([file('a.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])])).toBe('image');
  });

  it('readSources() reports broken JSON and JSON without features', () => {
    expect(errorOf([file('a.geojson', '{"type": "FeatureCollection", "features": [')])).toBe('json-invalid');
    expect(errorOf([file('a.json', '{"hello": 1}')])).toBe('json-no-features');
  });

  it('readSources() reads a JSON array of records as a table', () => {
    const result = readSources([file('a.json', '[{"city": "Nanjing", "partner": "St. Louis", "year": 1979}]')], null);
    expect(result.ok && result.table.headers).toEqual(['city', 'partner', 'year']);
    expect(result.ok && result.table.rows).toEqual([['Nanjing', 'St. Louis', '1979']]);
  });

  it('readSources() refuses a one-column file and two files that are not a FlowmapBlue pair', () => {
    expect(errorOf([file('a.csv', 'city\nNanjing\n')])).toBe('one-column');
    expect(errorOf([file('a.csv', 'a,b\n1,2\n'), file('b.csv', 'c,d\n3,4\n')])).toBe('flowmap-pair');
    expect(errorOf([file('a.csv', 'a,b\n1,2\n'), file('b.csv', 'a,b\n1,2\n'), file('c.csv', 'a,b\n1,2\n')])).toBe('too-many-files');
  });
});

describe('readSources() with GeoJSON points', () => {
  const points = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'nj',
        properties: { name: 'Nanjing', country: 'China', partners: ['stl', 'nagoya'], year: 1979 },
        geometry: { type: 'Point', coordinates: [118.8, 32.06] },
      },
      {
        type: 'Feature',
        id: 'stl',
        properties: { name: 'St. Louis', country: 'US', partners: 'nj' },
        geometry: { type: 'Point', coordinates: [-90.2, 38.63] },
      },
      { type: 'Feature', properties: { name: 'Nagoya', country: 'JP' }, geometry: { type: 'Point', coordinates: [136.9, 35.18] } },
      { type: 'Feature', properties: { name: 'Lost', partner: 'nowhere' }, geometry: { type: 'Point', coordinates: [0, 0] } },
    ],
  };

  it('readSources() turns each partner reference into a row, the Chinese place first, by id or by name', () => {
    const result = readSources([file('p.geojson', JSON.stringify(points))], null);
    if (!result.ok) throw new Error(result.error.code);
    const { headers, rows, rowNumbers, unreadable } = result.table;
    const at = (row: string[], header: string): string => row[headers.indexOf(header)]!;
    expect(rows.map((row) => `${at(row, 'city')}>${at(row, 'partner')}`)).toEqual(['Nanjing>St. Louis', 'Nanjing>Nagoya', 'Nanjing>St. Louis']);
    expect(rowNumbers).toEqual([1, 1, 2]);
    expect(at(rows[0]!, 'year')).toBe('1979');
    expect(unreadable).toEqual([{ row: 4, reason: 'partner-reference-not-found', detail: 'nowhere' }]);
  });
});
