import { describe, expect, test } from 'vitest';
import { selectCities } from '../../../src/state/cities';
import { cityReference, resolveCityRef } from '../../../src/state/cityReference';
import { readAtlasFile } from '../data/atlasFile';

const atlas = readAtlasFile();

describe('resolveCityRef', () => {
  test('resolveCityRef(atlas, ref) selects a Chinese unit by code or name', () => {
    expect(resolveCityRef(atlas, '无锡')).toEqual({ side: 'cn', key: '320200' });
    expect(resolveCityRef(atlas, '320200')).toEqual({ side: 'cn', key: '320200' });
  });

  test('resolveCityRef(atlas, ref) selects a partner by name', () => {
    expect(resolveCityRef(atlas, 'Akashi')).toEqual({ side: 'partner', key: 'JP|Akashi|city' });
  });

  test("resolveCityRef(atlas, 'Victoria, CA') takes the country from a qualifier", () => {
    expect(resolveCityRef(atlas, 'Victoria, CA')).toEqual({ side: 'partner', key: 'CA|Victoria|city' });
  });

  test('resolveCityRef(atlas, key) reads a city key, which tells levels apart', () => {
    expect(resolveCityRef(atlas, 'TH|Bangkok|state/province')).toEqual({ side: 'partner', key: 'TH|Bangkok|state/province' });
  });

  test('resolveCityRef(atlas, ref) is null for a unit without ties of its own or an unknown name', () => {
    expect([resolveCityRef(atlas, '滁州'), resolveCityRef(atlas, 'Atlantis')]).toEqual([null, null]);
  });
});

describe('cityReference', () => {
  test('cityReference(atlas, ref) writes a code for a Chinese unit and a name for a partner', () => {
    expect(cityReference(atlas, { side: 'cn', key: '320200' })).toBe('320200');
    expect(cityReference(atlas, { side: 'partner', key: 'JP|Akashi|city' })).toBe('Akashi');
    expect(cityReference(atlas, { side: 'partner', key: 'CA|Victoria|city' })).toBe('Victoria, CA');
  });

  test('cityReference(atlas, ref) is read back as the same city for every city of the atlas', () => {
    const index = selectCities(atlas);
    const wrong = (['cn', 'partner'] as const).flatMap((side) =>
      index[side].filter((city) => resolveCityRef(atlas, cityReference(atlas, { side, key: city.key }))?.key !== city.key).map((city) => city.key),
    );
    expect(wrong).toEqual([]);
  });
});
