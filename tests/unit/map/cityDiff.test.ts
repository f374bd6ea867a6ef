import { describe, expect, it } from 'vitest';
import { changedCount, diffCities, replacesMost } from '../../../src/map/cityDiff';
import { cityId, type CityFeature } from '../../../src/map/cityStyle';

function city(key: string, ties: number, more: Partial<CityFeature> = {}): CityFeature {
  return { key, side: 'partner', nameEn: key, nameZh: '', countryEn: 'Japan', countryZh: '日本', lon: 135, lat: 35, ties, ...more };
}

const byId = (cities: CityFeature[]): Map<string, CityFeature> => new Map(cities.map((c) => [cityId(c.side, c.key), c]));

describe('diffCities', () => {
  const shown = byId([city('akashi', 3), city('sagamihara', 1), city('gimhae', 2)]);

  it('resizes the cities whose ties alone changed, and leaves unchanged ones out', () => {
    const next = [city('akashi', 5), city('sagamihara', 1), city('gimhae', 0)];
    expect(diffCities(shown, next)).toEqual({
      remove: [],
      add: [],
      resize: [
        { id: 'partner:akashi', ties: 5 },
        { id: 'partner:gimhae', ties: 0 },
      ],
      byId: byId(next),
    });
  });

  it('removes the cities no longer shown and adds the new ones', () => {
    const changes = diffCities(shown, [city('akashi', 3), city('ulsan', 1)]);
    expect(changes.remove.sort()).toEqual(['partner:gimhae', 'partner:sagamihara']);
    expect(changes.add).toEqual([city('ulsan', 1)]);
    expect(changes.resize).toEqual([]);
    expect(changedCount(changes)).toBe(3);
  });

  it('replaces a city shown at another place or with another name, and tells the two sides apart', () => {
    const changes = diffCities(shown, [city('akashi', 3, { lat: 34.6 }), city('sagamihara', 1, { nameZh: '相模原市' }), city('gimhae', 2, { side: 'cn' })]);
    expect(changes.remove.sort()).toEqual(['partner:akashi', 'partner:gimhae', 'partner:sagamihara']);
    expect(changes.add.map((c) => cityId(c.side, c.key)).sort()).toEqual(['cn:gimhae', 'partner:akashi', 'partner:sagamihara']);
  });

  it('replacesMost: a diff touching more than half of the cities is sent as all of them', () => {
    expect(replacesMost(diffCities(shown, [city('akashi', 4), city('sagamihara', 1), city('gimhae', 2)]), 3)).toBe(false);
    expect(replacesMost(diffCities(shown, [city('x', 1), city('y', 1), city('z', 1)]), 3)).toBe(true);
    expect(replacesMost(diffCities(new Map(), []), 0)).toBe(false);
  });
});
