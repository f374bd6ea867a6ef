import { describe, expect, test } from 'vitest';
import { geojsonArcFeatures, yearFilter } from '../../../src/testing/geojsonArcs';
import { pairing } from '../pairing';

describe('geojsonArcFeatures', () => {
  const dataset = {
    title: '',
    totals: [],
    pairings: [
      pairing({ id: 'a', year: 1979 }),
      pairing({ id: 'b', year: null }),
      pairing({ id: 'c', partner: { lat: null }, notOnMap: 'partner-coordinates-missing' }),
    ],
  };
  const { features } = geojsonArcFeatures(dataset);

  test('geojsonArcFeatures(dataset) has one densified great circle per pairing on the map', () => {
    expect(features).toHaveLength(2);
    const line = features[0]!.geometry.coordinates;
    expect(line[0]).toEqual([118.78, 32.06]);
    expect(line.at(-1)).toEqual([-90.2 + 360, 38.63]);
    expect(line.length).toBeGreaterThan(40);
  });

  test('geojsonArcFeatures(dataset) leaves the year out when it is unknown and colours by region', () => {
    expect(features[0]!.properties).toEqual({ year: 1979, color: '#b197fc' });
    expect(features[1]!.properties).toEqual({ color: '#b197fc' });
  });
});

describe('yearFilter', () => {
  test('yearFilter(from, to, true) keeps undated arcs', () => {
    expect(yearFilter(1970, 1990, true)).toEqual([
      'any',
      ['!', ['has', 'year']],
      ['all', ['has', 'year'], ['>=', ['get', 'year'], 1970], ['<=', ['get', 'year'], 1990]],
    ]);
  });

  test('yearFilter(from, to, false) keeps dated arcs in the window only', () => {
    expect(yearFilter(1970, 1990, false)).toEqual(['all', ['has', 'year'], ['>=', ['get', 'year'], 1970], ['<=', ['get', 'year'], 1990]]);
  });
});
