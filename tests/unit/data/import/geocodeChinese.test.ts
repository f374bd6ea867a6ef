import { describe, expect, it } from 'vitest';
import { lookupCountry } from '../../../../src/data/import/countries';
import { createResolver } from '../../../../src/data/import/geocode';
import { cnGazetteer, worldGazetteer } from './gazetteerFiles';

describe('createResolver on a Chinese portal list', () => {
  it('济南,萨克拉门托,美国 places Sacramento, California', () => {
    const resolver = createResolver({ cn: cnGazetteer(), world: worldGazetteer() });
    const side = resolver.partner('萨克拉门托', lookupCountry('美国'), '', '', 1);
    expect(side.status).toBe('gazetteer');
    expect(side.lat).toBeCloseTo(38.58, 1);
    expect(side.lon).toBeCloseTo(-121.49, 1);
    expect(resolver.cn('济南', '', '', '', 1).unit?.code).toBe('370100');
  });
});
