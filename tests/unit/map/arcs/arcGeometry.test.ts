import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centralAngle as centralAngleOf, greatCircle, mercatorX, mercatorY } from '../../../../src/geo/greatCircle';
import { ARC_UNKNOWN_YEAR } from '../../../../src/map/arcs/arcTypes';
import {
  ARC_FLOATS,
  ARC_HEIGHT_RATIO,
  ARC_LEVEL_STEPS,
  arcSegments,
  buildArcGeometry,
  POINT_FLOATS,
  SEPARATOR,
  type ArcGeometry,
  type ArcInput,
} from '../../../../src/map/arcs/arcGeometry';
import { verticesOfRun } from '../../../../src/map/arcs/arcRuns';

function arc(patch: Partial<ArcInput> = {}): ArcInput {
  return { from: [121.47, 31.23], to: [-122.42, 37.77], year: 1980, color: [1, 0.5, 0], cnIndex: 3, partnerIndex: 7, ...patch };
}

/** The [x, y, t, arc index] of point `i`. */
function point(g: ArcGeometry, i: number): [number, number, number, number] {
  const o = i * POINT_FLOATS;
  return [g.points[o] as number, g.points[o + 1] as number, g.points[o + 2] as number, g.points[o + 3] as number];
}

/** The points of arc `a` at level of detail `level`. */
function arcPoints(g: ArcGeometry, level: number, a: number): [number, number, number, number][] {
  const firsts = g.firstPoints[level] as Uint32Array;
  const start = firsts[a] as number;
  const end = (firsts[a + 1] as number) - 1;
  return Array.from({ length: end - start }, (_, k) => point(g, start + k));
}

/**
 * The point and side the vertex shader uses for strip vertex `v`, as `point * 2 + side`: vertex v
 * is point v >> 1, left when even; a separator's vertices take the right side of the point before
 * and the left side of the point after.
 */
function corner(g: ArcGeometry, v: number): number {
  const index = v >> 1;
  const right = v & 1;
  if (point(g, index)[3] !== SEPARATOR) return index * 2 + right;
  return right ? (index + 1) * 2 : (index - 1) * 2 + 1;
}

describe('arcSegments', () => {
  it('arcSegments(angle) steps at most 2°, at least 16 times, an even number of times', () => {
    const deg = Math.PI / 180;
    expect(arcSegments(90 * deg)).toBe(46);
    expect(arcSegments(89 * deg)).toBe(46);
    expect(arcSegments(3 * deg)).toBe(16);
    expect(arcSegments(33.5 * deg)).toBe(18);
  });
});

describe('buildArcGeometry', () => {
  it('buildArcGeometry([]) has no points and nothing to draw', () => {
    const g = buildArcGeometry([]);
    expect(g.points).toHaveLength(0);
    expect(g.arcs).toHaveLength(0);
    expect(g.years).toHaveLength(0);
    expect(g.firstPoints.map((firsts) => Array.from(firsts))).toEqual([[0], [0]]);
  });

  it('buildArcGeometry(arcs) runs t from exactly 0 to exactly 1 in equal steps along each arc', () => {
    const g = buildArcGeometry([arc(), arc({ to: [2.35, 48.86] })]);
    ARC_LEVEL_STEPS.forEach((step, level) => {
      for (const a of [0, 1]) {
        const segments = (g.arcs[a * ARC_FLOATS + 7] as number) / step;
        const ts = arcPoints(g, level, a).map(([, , t]) => t);
        expect(ts).toHaveLength(segments + 1);
        for (const [k, t] of ts.entries()) expect(t).toBeCloseTo(k / segments, 6);
        expect(ts[0]).toBe(0);
        expect(ts[segments]).toBe(1);
      }
    });
  });

  it('buildArcGeometry(arcs) keeps every other point at the coarser level', () => {
    const g = buildArcGeometry([arc()]);
    const fine = arcPoints(g, 0, 0);
    const coarse = arcPoints(g, 1, 0);
    expect(coarse).toEqual(fine.filter((_, k) => k % 2 === 0));
  });

  it('buildArcGeometry(arcs) follows each arc with a separator, at every level', () => {
    const g = buildArcGeometry([arc(), arc({ to: [2.35, 48.86] })]);
    for (const firsts of g.firstPoints) {
      expect(point(g, (firsts[1] as number) - 1)[3]).toBe(SEPARATOR);
      expect(point(g, (firsts[2] as number) - 1)[3]).toBe(SEPARATOR);
      expect(arcPoints(g, 0, 1).every(([, , , a]) => a === 1)).toBe(true);
    }
    expect(g.firstPoints[1]?.[0]).toBe(g.firstPoints[0]?.[2]);
    expect(g.points).toHaveLength((g.firstPoints[1]?.[2] as number) * POINT_FLOATS);
  });

  it('buildArcGeometry(arcs) writes Mercator coordinates that cross the antimeridian eastward', () => {
    const g = buildArcGeometry([arc()]);
    const points = arcPoints(g, 0, 0);
    const first = points[0] as [number, number, number, number];
    const last = points[points.length - 1] as [number, number, number, number];
    expect(first[0]).toBeCloseTo((121.47 + 180) / 360, 6);
    expect(last[0]).toBeCloseTo((-122.42 + 360 + 180) / 360, 6);
    expect(last[0]).toBeGreaterThan(1);
    expect(g.xExtent[0]).toBeCloseTo(first[0], 6);
    expect(g.xExtent[1]).toBeCloseTo(last[0], 6);
  });

  it('buildArcGeometry(arcs) packs year, city indexes, apex height, colour and segments per arc', () => {
    const g = buildArcGeometry([arc({ year: null, color: [1, 0.5, 2] })]);
    const [year, cn, partner, height, r, gr, b, segments] = Array.from(g.arcs);
    expect(year).toBe(ARC_UNKNOWN_YEAR);
    expect([cn, partner]).toEqual([3, 7]);
    // Shanghai to San Francisco is 88.7° of arc, a chord of 2 sin(44.35°) R = 8,910 km.
    expect((height as number) / ARC_HEIGHT_RATIO).toBeGreaterThan(8.85e6);
    expect((height as number) / ARC_HEIGHT_RATIO).toBeLessThan(8.97e6);
    expect([r, gr, b]).toEqual([1, 0.5, 1]);
    expect(segments).toBe(arcPoints(g, 0, 0).length - 1);
    expect(g.years[0]).toBe(ARC_UNKNOWN_YEAR);
  });

  it('buildArcGeometry(arcs) leaves out arcs without valid, distinct ends', () => {
    const g = buildArcGeometry([arc({ from: [Number.NaN, 30] }), arc({ to: [10, 95] }), arc({ to: [121.47, 31.23] }), arc({ year: 2001 })]);
    expect(Array.from(g.years)).toEqual([2001]);
  });

  it('buildArcGeometry(arcs) sorts arcs by year, undated first', () => {
    const g = buildArcGeometry([arc({ year: 2001 }), arc({ year: 1990, to: [2.35, 48.86] }), arc({ year: null, to: [139.7, 35.7] })]);
    expect(Array.from(g.years)).toEqual([ARC_UNKNOWN_YEAR, 1990, 2001]);
    // The 1990 arc, to Paris, is second, with its attributes.
    expect(arcPoints(g, 0, 1).at(-1)?.[0]).toBeCloseTo((2.35 + 180) / 360, 6);
    expect(g.arcs[1 * ARC_FLOATS]).toBe(1990);
  });

  it('buildArcGeometry(arcs) makes every strip triangle bridging two arcs degenerate', () => {
    const g = buildArcGeometry([arc({ year: 1990 }), arc({ year: 1995, to: [2.35, 48.86] }), arc({ year: 2001, to: [139.7, 35.7] })]);
    g.firstPoints.forEach((firsts) => {
      const [first, count] = verticesOfRun(firsts, [0, 3]);
      for (let v = first; v + 2 < first + count; v++) {
        const corners = [corner(g, v), corner(g, v + 1), corner(g, v + 2)];
        const arcs = new Set(corners.map((c) => point(g, c >> 1)[3]));
        const degenerate = new Set(corners).size < 3;
        // Either all three corners are on one arc, at two consecutive points, or two coincide.
        const points = corners.map((c) => c >> 1);
        const within = arcs.size === 1 && Math.max(...points) - Math.min(...points) === 1;
        expect(within || degenerate).toBe(true);
      }
    });
  });

  it('buildArcGeometry(arcs) puts every arc, at every level, on the great circle greatCircle gives it', () => {
    const place = fc.tuple(fc.double({ min: -200, max: 200, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    const input = fc.record({ from: place, to: place, year: fc.option(fc.integer({ min: 1970, max: 2025 })), partnerIndex: fc.nat(1000) });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 30 }), (list) => {
        const arcs = list.map(({ from, to, year, partnerIndex }) => arc({ from, to, year, partnerIndex }));
        const g = buildArcGeometry(arcs);
        for (const [a, inputIndex] of g.order.entries()) {
          const { from, to } = arcs[inputIndex] as ArcInput;
          const path = greatCircle(from, to, { maxStepDeg: 180, minSegments: arcSegments(centralAngleOf(from, to)) });
          const expected = path.map(([lon, lat]) => [Math.fround(mercatorX(lon)), Math.fround(mercatorY(lat))]);
          ARC_LEVEL_STEPS.forEach((step, level) => {
            const drawn = arcPoints(g, level, a).map(([x, y]) => [x, y]);
            expect(drawn).toEqual(expected.filter((_, k) => k % step === 0));
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
