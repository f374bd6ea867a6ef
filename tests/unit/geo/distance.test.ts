import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM } from '../../../src/geo/distance';

describe('distanceKm', () => {
  it('distanceKm(Nanjing, St. Louis) is about 11,600 km', () => {
    const km = distanceKm({ lat: 32.06, lon: 118.78 }, { lat: 38.63, lon: -90.2 });
    expect(km).toBeGreaterThan(11500);
    expect(km).toBeLessThan(11700);
  });

  it('distanceKm of one degree of latitude is the radius times π/180', () => {
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: 11, lon: 20 })).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 6);
  });

  it('distanceKm across the antimeridian takes the short way', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 6);
  });

  it('distanceKm between antipodes is half the circumference', () => {
    expect(distanceKm({ lat: 30, lon: 0 }, { lat: -30, lon: 180 })).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 6);
  });
});
