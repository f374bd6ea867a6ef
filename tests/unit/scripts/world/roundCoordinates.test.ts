import { describe, expect, test } from 'vitest';
import { roundLine, roundPolygon, roundRing } from '../../../../scripts/world/roundCoordinates';

describe('roundCoordinates', () => {
  test('roundLine(line, decimals) rounds and drops repeated positions', () => {
    expect(
      roundLine(
        [
          [1.234, 5.678],
          [1.2341, 5.6779],
          [2, 3],
        ],
        2,
      ),
    ).toEqual([
      [1.23, 5.68],
      [2, 3],
    ]);
  });

  test('roundLine(line, decimals) writes -0 as 0', () => {
    expect(Object.is(roundLine([[-0.001, -0.004]], 2)[0]![0], 0)).toBe(true);
  });

  test('roundRing(ring, decimals) drops a ring that rounding collapses', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [0.001, 0],
          [0.001, 0.001],
          [0, 0],
        ],
        2,
      ),
    ).toBeNull();
  });

  test('roundPolygon(polygon, decimals) keeps the exterior and drops collapsed holes', () => {
    const exterior = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const tinyHole = [
      [0.5, 0.5],
      [0.5, 0.501],
      [0.501, 0.501],
      [0.5, 0.5],
    ];
    expect(roundPolygon([exterior, tinyHole], 2)).toEqual([exterior]);
  });
});
