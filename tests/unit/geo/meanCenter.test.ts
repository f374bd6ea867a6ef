import { describe, expect, test } from 'vitest';
import { meanCenter } from '../../../src/geo/meanCenter';

describe('meanCenter', () => {
  test('meanCenter(points) of one point is that point', () => {
    const [lon, lat] = meanCenter([[118.78, 32.06]])!;
    expect(lon).toBeCloseTo(118.78, 6);
    expect(lat).toBeCloseTo(32.06, 6);
  });

  test('meanCenter(points) averages across the antimeridian to 180°, not 0°', () => {
    const [lon, lat] = meanCenter([
      [179, 0],
      [-179, 0],
    ])!;
    expect(Math.abs(lon)).toBeCloseTo(180, 6);
    expect(lat).toBeCloseTo(0, 6);
  });

  test('meanCenter(points) is null for no points and for antipodes', () => {
    expect(meanCenter([])).toBeNull();
    expect(
      meanCenter([
        [0, 0],
        [180, 0],
      ]),
    ).toBeNull();
  });
});
