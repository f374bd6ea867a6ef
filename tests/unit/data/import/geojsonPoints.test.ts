import { describe, expect, it } from 'vitest';
import { pointFeatureRows } from '../../../../src/data/import/geojsonPoints';
import type { LooseFeature } from '../../../../src/data/import/geojsonValues';

function point(lon: number, lat: number, properties: Record<string, unknown>, id?: unknown): LooseFeature {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}

const NANJING = { name: '南京市', province: '江苏省', country: '中国' };
const ST_LOUIS = { name: 'St. Louis', country: 'United States' };

describe('pointFeatureRows', () => {
  it('pointFeatureRows makes one row per reference, the place in China first, in the importer column order', () => {
    const table = pointFeatureRows([point(118.7969, 32.0603, { ...NANJING, year: 1979, partners: 'St. Louis' }), point(-90.1979, 38.6273, ST_LOUIS)]);
    expect(table.headers).toEqual(['city', 'province', 'lon1', 'lat1', 'partner', 'country', 'lon2', 'lat2', 'year']);
    expect(table.rows).toEqual([['南京市', '江苏省', '118.7969', '32.0603', 'St. Louis', 'United States', '-90.1979', '38.6273', '1979']]);
  });

  it('pointFeatureRows numbers each row by the feature that holds the reference', () => {
    const table = pointFeatureRows([point(-90.1979, 38.6273, ST_LOUIS), point(118.7969, 32.0603, { ...NANJING, partners: 'St. Louis' })]);
    expect(table.rowNumbers).toEqual([2]);
  });

  it('pointFeatureRows finds a referenced place by its feature id', () => {
    const table = pointFeatureRows([point(118.7969, 32.0603, { ...NANJING, partner_id: 'us-stl' }), point(-90.1979, 38.6273, ST_LOUIS, 'us-stl')]);
    expect(table.rows[0]![4]).toBe('St. Louis');
  });

  it('pointFeatureRows finds a referenced place by an id property when the feature has no id', () => {
    const table = pointFeatureRows([point(118.7969, 32.0603, { ...NANJING, partner_id: 7 }), point(-90.1979, 38.6273, { ...ST_LOUIS, id: 7 })]);
    expect(table.rows[0]![4]).toBe('St. Louis');
  });

  it('pointFeatureRows finds a referenced place by its name written another way', () => {
    const table = pointFeatureRows([point(118.7969, 32.0603, { ...NANJING, partners: 'saint louis' }), point(-90.1979, 38.6273, ST_LOUIS)]);
    expect(table.rows[0]![4]).toBe('St. Louis');
  });

  it('pointFeatureRows splits a reference text on ; | and 、', () => {
    const places = [point(-90.1979, 38.6273, ST_LOUIS), point(136.9, 35.18, { name: 'Nagoya' }), point(-58.4, -34.6, { name: 'Buenos Aires' })];
    const table = pointFeatureRows([point(118.7969, 32.0603, { ...NANJING, 友城: 'St. Louis; Nagoya、Buenos Aires' }), ...places]);
    expect(table.rows.map((row) => row[4])).toEqual(['St. Louis', 'Nagoya', 'Buenos Aires']);
  });

  it('pointFeatureRows reads an array of references', () => {
    const table = pointFeatureRows([
      point(118.7969, 32.0603, { ...NANJING, partners: ['St. Louis', 'Nagoya'] }),
      point(-90.1979, 38.6273, ST_LOUIS),
      point(136.9, 35.18, { name: 'Nagoya' }),
    ]);
    expect(table.rows.map((row) => row[4])).toEqual(['St. Louis', 'Nagoya']);
  });

  it("pointFeatureRows takes the year of an object reference before the place's own year", () => {
    const table = pointFeatureRows([
      point(118.7969, 32.0603, { ...NANJING, year: 1990, partners: [{ name: 'St. Louis', year: 1979 }] }),
      point(-90.1979, 38.6273, ST_LOUIS),
    ]);
    expect(table.rows[0]![8]).toBe('1979');
  });

  it('pointFeatureRows puts the place in China first when the foreign place holds the reference', () => {
    const table = pointFeatureRows([point(-90.1979, 38.6273, { ...ST_LOUIS, partners: '南京市' }), point(118.7969, 32.0603, NANJING)]);
    expect([table.rows[0]![0], table.rows[0]![4]]).toEqual(['南京市', 'St. Louis']);
  });

  it('pointFeatureRows writes a reference back between two places without a country in the first orientation', () => {
    const table = pointFeatureRows([point(1, 2, { name: 'Alpha', partners: 'Beta' }), point(3, 4, { name: 'Beta', partners: 'Alpha' })]);
    expect(table.rows.map((row) => [row[0], row[4]])).toEqual([
      ['Alpha', 'Beta'],
      ['Alpha', 'Beta'],
    ]);
  });

  it('pointFeatureRows reports a reference to no known place as unreadable, with the reference as detail', () => {
    const table = pointFeatureRows([point(118.7969, 32.0603, { ...NANJING, partners: 'Atlantis' })]);
    expect(table.rows).toEqual([]);
    expect(table.unreadable).toEqual([{ row: 1, reason: 'partner-reference-not-found', detail: 'Atlantis' }]);
  });

  it('pointFeatureRows reports a feature that is not a point as unreadable with its geometry type', () => {
    const line: LooseFeature = { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} };
    const table = pointFeatureRows([point(118.7969, 32.0603, NANJING), line]);
    expect(table.unreadable).toEqual([{ row: 2, reason: 'feature-not-a-line-or-point', detail: 'LineString' }]);
  });

  it('pointFeatureRows reports a point with coordinates that are not numbers as unreadable', () => {
    const broken: LooseFeature = { type: 'Feature', geometry: { type: 'Point', coordinates: ['118.8', null] }, properties: NANJING };
    expect(pointFeatureRows([broken]).unreadable).toEqual([{ row: 1, reason: 'feature-not-a-line-or-point', detail: 'Point' }]);
  });

  it('pointFeatureRows marks its table as GeoJSON without a delimiter', () => {
    const table = pointFeatureRows([]);
    expect([table.format, table.delimiter]).toEqual(['geojson', '']);
  });
});
