import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { ringContains } from '../../../../scripts/world/cutAntimeridian';
import { poleOfInaccessibility } from '../../../../scripts/world/poleOfInaccessibility';

describe('poleOfInaccessibility', () => {
  test('poleOfInaccessibility(square) is its centre', () => {
    const square: Position[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const [x, y] = poleOfInaccessibility([square], 0.01, 3);
    expect(x).toBeCloseTo(5, 1);
    expect(y).toBeCloseTo(5, 1);
  });

  test('poleOfInaccessibility(crescent) lies inside, where the centroid would not', () => {
    // A U shape: its centroid falls in the notch.
    const u: Position[] = [
      [0, 0],
      [30, 0],
      [30, 30],
      [20, 30],
      [20, 10],
      [10, 10],
      [10, 30],
      [0, 30],
      [0, 0],
    ];
    const point = poleOfInaccessibility([u], 0.05, 3);
    expect(ringContains(u, point)).toBe(true);
  });

  test('poleOfInaccessibility(polygon) keeps out of holes', () => {
    const outer: Position[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole: Position[] = [
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
      [3, 3],
    ];
    const point = poleOfInaccessibility([outer, hole], 0.01, 3);
    expect(ringContains(hole, point)).toBe(false);
  });
});
