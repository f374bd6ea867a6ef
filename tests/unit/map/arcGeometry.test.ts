import { describe, expect, it } from 'vitest';
import {
  ARC_HEIGHT_RATIO,
  ARC_UNKNOWN_YEAR,
  ATTRIBUTE_BYTES,
  arcRunsInWindow,
  buildArcGeometry,
  instancesOfRun,
  POINT_FLOATS,
  type ArcInput,
} from '../../../src/map/arcGeometry';

function arc(patch: Partial<ArcInput> = {}): ArcInput {
  return { from: [121.47, 31.23], to: [-122.42, 37.77], year: 1980, color: [1, 0.5, 0], cnIndex: 3, partnerIndex: 7, ...patch };
}

/** The [x, y, t] of point `i`. */
function point(points: Float32Array, i: number): [number, number, number] {
  const o = i * POINT_FLOATS;
  return [points[o] as number, points[o + 1] as number, points[o + 2] as number];
}

describe('buildArcGeometry', () => {
  it('buildArcGeometry([]) has the two padding points and nothing to draw', () => {
    const g = buildArcGeometry([]);
    expect(g.points).toHaveLength(2 * POINT_FLOATS);
    expect(g.instanceCount).toBe(0);
    expect(g.years).toHaveLength(0);
  });

  it('buildArcGeometry(arcs) runs t from exactly 0 to exactly 1 along each arc', () => {
    const g = buildArcGeometry([arc(), arc({ to: [2.35, 48.86] })]);
    const ts = Array.from({ length: g.points.length / POINT_FLOATS }, (_, i) => point(g.points, i)[2]);
    const real = ts.slice(1, -1);
    const starts = real.flatMap((t, i) => (t === 0 ? [i] : []));
    const ends = real.flatMap((t, i) => (t === 1 ? [i] : []));
    expect(starts).toHaveLength(2);
    expect(ends).toHaveLength(2);
    expect(starts[1]).toBe((ends[0] as number) + 1);
    for (let i = 1; i < real.length; i++) {
      if (i !== starts[1]) expect(real[i] as number).toBeGreaterThan(real[i - 1] as number);
    }
  });

  it('buildArcGeometry(arcs) draws one instance per pair of consecutive points', () => {
    const g = buildArcGeometry([arc()]);
    const pointCount = g.points.length / POINT_FLOATS;
    expect(g.instanceCount).toBe(pointCount - 3);
    // Instance i reads points i..i+3, and the last one must still be inside the buffer.
    expect((g.instanceCount - 1 + 3) * POINT_FLOATS + POINT_FLOATS).toBe(g.points.length);
    expect(g.attributes.byteLength).toBe(pointCount * ATTRIBUTE_BYTES);
  });

  it('buildArcGeometry(arcs) writes Mercator coordinates that cross the antimeridian eastward', () => {
    const g = buildArcGeometry([arc()]);
    const pointCount = g.points.length / POINT_FLOATS;
    const first = point(g.points, 1);
    const last = point(g.points, pointCount - 2);
    expect(first[0]).toBeCloseTo((121.47 + 180) / 360, 6);
    expect(last[0]).toBeCloseTo((-122.42 + 360 + 180) / 360, 6);
    expect(last[0]).toBeGreaterThan(1);
  });

  it('buildArcGeometry(arcs) packs year, city indexes, apex height and colour bytes', () => {
    const g = buildArcGeometry([arc({ year: null, color: [1, 0.5, 2] })]);
    const view = new DataView(g.attributes, ATTRIBUTE_BYTES);
    expect(view.getFloat32(0, true)).toBe(ARC_UNKNOWN_YEAR);
    expect(view.getFloat32(4, true)).toBe(3);
    expect(view.getFloat32(8, true)).toBe(7);
    // Shanghai to San Francisco is 88.7° of arc, a chord of 2 sin(44.35°) R = 8,910 km.
    const height = view.getFloat32(12, true);
    expect(height / ARC_HEIGHT_RATIO).toBeGreaterThan(8.85e6);
    expect(height / ARC_HEIGHT_RATIO).toBeLessThan(8.97e6);
    expect([view.getUint8(16), view.getUint8(17), view.getUint8(18)]).toEqual([255, 128, 255]);
    expect(g.years[0]).toBe(ARC_UNKNOWN_YEAR);
  });

  it('buildArcGeometry(arcs) leaves out arcs without valid, distinct ends', () => {
    const g = buildArcGeometry([
      arc({ from: [Number.NaN, 30] }),
      arc({ to: [10, 95] }),
      arc({ to: [121.47, 31.23] }),
      arc({ year: 2001 }),
    ]);
    expect(Array.from(g.years)).toEqual([2001]);
  });
});

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
    expect(arcRunsInWindow(years, 1980, 1990, true)).toEqual([[0, 2], [3, 5]]);
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

describe('instancesOfRun', () => {
  const g = buildArcGeometry([arc({ year: 2001 }), arc({ year: 1990, to: [2.35, 48.86] }), arc({ year: null, to: [139.7, 35.7] })]);

  it('buildArcGeometry(arcs) sorts arcs by year, undated first', () => {
    expect(Array.from(g.years)).toEqual([ARC_UNKNOWN_YEAR, 1990, 2001]);
    expect(g.firstPoints[0]).toBe(1);
    expect(g.firstPoints[3]).toBe(g.points.length / POINT_FLOATS - 1);
  });

  it('instancesOfRun(firstPoints, all arcs) is every instance', () => {
    expect(instancesOfRun(g.firstPoints, [0, 3])).toEqual([0, g.instanceCount]);
  });

  it('instancesOfRun(firstPoints, one arc) covers exactly its segments', () => {
    const [first, count] = instancesOfRun(g.firstPoints, [1, 2]);
    const start = g.firstPoints[1] as number;
    const end = g.firstPoints[2] as number;
    // Instance i draws point i + 1 to point i + 2.
    expect(first + 1).toBe(start);
    expect(first + count + 1).toBe(end - 1);
  });
});
