import { describe, expect, it } from 'vitest';
import { emptyMapping } from '../../../../src/data/import/columns';
import { parseCoordinate, pointOf, recordsOf } from '../../../../src/data/import/records';
import type { Table } from '../../../../src/data/import/table';

function table(rows: string[][], rowNumbers: number[]): Table {
  return { format: 'csv', headers: ['城市', 'partner', 'year', 'lat'], rows, rowNumbers, unreadable: [], delimiter: ',' };
}

describe('recordsOf', () => {
  it('recordsOf reads each mapped column into its field, trimmed', () => {
    const mapping = { ...emptyMapping(), cnName: 0, partnerName: 1, year: 2, partnerLat: 3 };
    const [record] = recordsOf(table([[' 南京市 ', 'St. Louis', '1979', ' 38.6 ']], [2]), mapping);
    expect(record).toEqual({
      row: 2,
      cnName: '南京市',
      cnProvince: '',
      cnLat: '',
      cnLon: '',
      partnerName: 'St. Louis',
      partnerCountry: '',
      partnerLat: '38.6',
      partnerLon: '',
      year: '1979',
    });
  });

  it('recordsOf numbers each record with the row the user sees in the file', () => {
    const mapping = { ...emptyMapping(), cnName: 0 };
    const records = recordsOf(table([['南京市'], ['上海市']], [2, 5]), mapping);
    expect(records.map((record) => record.row)).toEqual([2, 5]);
  });

  it('recordsOf reads a mapped column missing from a short row as empty', () => {
    const mapping = { ...emptyMapping(), cnName: 0, year: 2 };
    const [record] = recordsOf(table([['南京市']], [2]), mapping);
    expect(record!.year).toBe('');
  });

  it('recordsOf falls back to the position in the table when a row number is missing', () => {
    const mapping = { ...emptyMapping(), cnName: 0 };
    const records = recordsOf(table([['南京市'], ['上海市']], []), mapping);
    expect(records.map((record) => record.row)).toEqual([1, 2]);
  });
});

describe('parseCoordinate', () => {
  it('parseCoordinate reads a signed decimal', () => {
    expect(parseCoordinate('-75.16')).toEqual({ kind: 'number', value: -75.16 });
  });

  it('parseCoordinate reads a decimal comma', () => {
    expect(parseCoordinate('39,9')).toEqual({ kind: 'number', value: 39.9 });
  });

  it('parseCoordinate negates a south or west hemisphere letter', () => {
    expect([parseCoordinate('33.9 S'), parseCoordinate('151.2w')]).toEqual([
      { kind: 'number', value: -33.9 },
      { kind: 'number', value: -151.2 },
    ]);
  });

  it('parseCoordinate reads a degree sign and a north or east letter as positive', () => {
    expect(parseCoordinate('116.4°E')).toEqual({ kind: 'number', value: 116.4 });
  });

  it('parseCoordinate reads full-width digits', () => {
    expect(parseCoordinate('３２．０６')).toEqual({ kind: 'number', value: 32.06 });
  });

  it('parseCoordinate reads blank text as empty', () => {
    expect(parseCoordinate('  ')).toEqual({ kind: 'empty' });
  });

  it('parseCoordinate rejects degrees-minutes-seconds and words', () => {
    expect([parseCoordinate('39°54′N'), parseCoordinate('north')]).toEqual([{ kind: 'invalid' }, { kind: 'invalid' }]);
  });
});

describe('pointOf', () => {
  it('pointOf reads a latitude and longitude as a point', () => {
    expect(pointOf('32.06', '118.79')).toEqual({ kind: 'point', lat: 32.06, lon: 118.79 });
  });

  it('pointOf reads two empty cells as no point', () => {
    expect(pointOf('', '')).toEqual({ kind: 'empty' });
  });

  it('pointOf reports one missing cell as invalid with both cells quoted', () => {
    expect(pointOf('32.06', '')).toEqual({ kind: 'invalid', text: '32.06, ' });
  });

  it('pointOf reports a latitude beyond 90 as out of range', () => {
    expect(pointOf('118.79', '32.06')).toEqual({ kind: 'out-of-range', text: '118.79, 32.06' });
  });

  it('pointOf reports a longitude beyond 180 as out of range', () => {
    expect(pointOf('32.06', '-181')).toEqual({ kind: 'out-of-range', text: '32.06, -181' });
  });

  it('pointOf accepts the poles and the antimeridian', () => {
    expect(pointOf('-90', '180')).toEqual({ kind: 'point', lat: -90, lon: 180 });
  });
});
