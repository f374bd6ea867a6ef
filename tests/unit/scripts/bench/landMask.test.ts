import { describe, expect, test } from 'vitest';
import { createLandMask } from '../../../../scripts/bench/landMask';

/** A 10° square island with a 4° square lake in it. */
const island = [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
  [
    [3, 3],
    [7, 3],
    [7, 7],
    [3, 7],
    [3, 3],
  ],
];

describe('createLandMask', () => {
  const mask = createLandMask([island], 0.5);

  test('isLand(lon, lat) is true inside a polygon and false outside', () => {
    expect(mask.isLand(1, 1)).toBe(true);
    expect(mask.isLand(9.2, 5)).toBe(true);
    expect(mask.isLand(-5, 5)).toBe(false);
    expect(mask.isLand(5, 12)).toBe(false);
  });

  test('isLand(lon, lat) is false in a hole', () => {
    expect(mask.isLand(5, 5)).toBe(false);
  });

  test('isLand(lon, lat) wraps longitudes and rejects latitudes off the globe', () => {
    expect(mask.isLand(361, 1)).toBe(true);
    expect(mask.isLand(1, 95)).toBe(false);
    expect(mask.isLand(Number.NaN, 1)).toBe(false);
  });

  test('createLandMask rejects a cell size that is not positive', () => {
    expect(() => createLandMask([island], 0)).toThrow('invalid cellDeg');
  });
});
