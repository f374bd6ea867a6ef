import { describe, expect, it } from 'vitest';
import { ARC_UNKNOWN_YEAR } from '../../../../src/map/arcs/arcTypes';
import { arcRunsInWindow, verticesOfRun } from '../../../../src/map/arcs/arcRuns';

describe('arcRunsInWindow', () => {
  // Sorted as buildArcGeometry sorts them: unknown years first, then ascending.
  const years = new Float64Array([ARC_UNKNOWN_YEAR, ARC_UNKNOWN_YEAR, 1973, 1985, 1985, 2010]);

  it('arcRunsInWindow(years, from, to) includes both ends', () => {
    expect(arcRunsInWindow(years, 1985, 2010, false)).toEqual([[3, 6]]);
  });

  it('arcRunsInWindow(years, -Infinity, to) runs from the first dated arc up to `to`', () => {
    expect(arcRunsInWindow(years, Number.NEGATIVE_INFINITY, 1985, false)).toEqual([[2, 5]]);
  });

  it('arcRunsInWindow(years, from, to, true) merges the undated arcs with an adjacent run', () => {
    expect(arcRunsInWindow(years, Number.NEGATIVE_INFINITY, 1985, true)).toEqual([[0, 5]]);
  });

  it('arcRunsInWindow(years, from, to, true) keeps the undated arcs apart from a later run', () => {
    expect(arcRunsInWindow(years, 1980, 1990, true)).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('arcRunsInWindow(years, from, to) is empty for a window without arcs', () => {
    expect(arcRunsInWindow(years, 1990, 2000, false)).toEqual([]);
    expect(arcRunsInWindow(years, 2000, 1990, false)).toEqual([]);
    expect(arcRunsInWindow(new Float64Array(0), 1900, 2100, true)).toEqual([]);
  });

  it('arcRunsInWindow(years, -Infinity, Infinity, true) is every arc', () => {
    expect(arcRunsInWindow(years, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, true)).toEqual([[0, 6]]);
  });
});

describe('verticesOfRun', () => {
  // Three arcs of 3, 5 and 2 points, each followed by a separator, after another level's 20 points.
  const firstPoints = new Uint32Array([20, 24, 30, 33]);

  it('verticesOfRun(firstPoints, every arc) draws two vertices per point, without the last separator', () => {
    expect(verticesOfRun(firstPoints, [0, 3])).toEqual([40, 2 * 12]);
  });

  it('verticesOfRun(firstPoints, one arc) covers exactly its points', () => {
    expect(verticesOfRun(firstPoints, [1, 2])).toEqual([48, 10]);
  });

  it('verticesOfRun(firstPoints, arcs) keeps the separators between the run’s arcs', () => {
    expect(verticesOfRun(firstPoints, [1, 3])).toEqual([48, 2 * 8]);
  });

  it('verticesOfRun(firstPoints, no arcs) draws nothing', () => {
    expect(verticesOfRun(firstPoints, [2, 2])[1]).toBe(0);
  });
});
