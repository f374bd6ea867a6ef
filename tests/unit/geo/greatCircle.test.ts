import { geoDistance, geoInterpolate } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centralAngle,
  greatCircle,
  greatCirclePointCount,
  MERCATOR_MAX_LAT,
  mercatorX,
  mercatorY,
  writeGreatCircle,
  type LonLat,
} from '../../../src/geo/greatCircle';

const SHANGHAI: LonLat = [121.47, 31.23];
const SAN_FRANCISCO: LonLat = [-122.42, 37.77];
const LONDON: LonLat = [-0.13, 51.51];
const BEIJING: LonLat = [116.4, 39.9];

/** Angle between consecutive points, in degrees. */
function steps(path: LonLat[]): number[] {
  return path.slice(1).map((p, i) => (geoDistance(path[i] as LonLat, p) * 180) / Math.PI);
}

/** Longitude differences between consecutive points, in degrees. */
function lonJumps(path: LonLat[]): number[] {
  return path.slice(1).map((p, i) => Math.abs(p[0] - (path[i] as LonLat)[0]));
}

function allFinite(path: LonLat[]): boolean {
  return path.every(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat));
}

describe('greatCircle', () => {
  it('greatCircle(a, b) starts at a and ends at b', () => {
    const path = greatCircle(BEIJING, LONDON);
    expect(path[0]).toEqual(BEIJING);
    expect(path[path.length - 1]).toEqual(LONDON);
  });

  it('greatCircle(a, b) passes through the midpoint d3 geoInterpolate gives', () => {
    const path = greatCircle(BEIJING, LONDON, { maxStepDeg: 1 });
    const mid = geoInterpolate(BEIJING, LONDON)(0.5);
    const nearest = Math.min(...path.map((p) => geoDistance(p, mid)));
    // Segment count is even only by chance; the path must still pass within half a step of it.
    expect((nearest * 180) / Math.PI).toBeLessThan(0.5);
  });

  it('greatCircle(a, b) has the points of d3 geoInterpolate at equal fractions', () => {
    const path = greatCircle(BEIJING, LONDON, { maxStepDeg: 2 });
    const at = geoInterpolate(BEIJING, LONDON);
    const last = path.length - 1;
    for (const [i, point] of path.entries()) {
      const expected = at(i / last);
      expect(point[0]).toBeCloseTo(expected[0], 9);
      expect(point[1]).toBeCloseTo(expected[1], 9);
    }
  });

  it('greatCircle(a, b) has the known midpoint of two points on the equator', () => {
    const path = greatCircle([0, 0], [90, 0], { maxStepDeg: 5 });
    expect(path).toHaveLength(19);
    const mid = path[9] as LonLat;
    expect(mid[0]).toBeCloseTo(45, 9);
    expect(mid[1]).toBeCloseTo(0, 9);
  });

  it('greatCircle(a, b) bulges poleward like a great circle, not a rhumb line', () => {
    const path = greatCircle(SHANGHAI, SAN_FRANCISCO);
    const maxLat = Math.max(...path.map((p) => p[1]));
    // Clairaut's relation gives the vertex of this great circle at 52.62° N; the densified
    // path reaches it within a fraction of a degree (a rhumb line would stay below 37.8°).
    expect(maxLat).toBeGreaterThan(52.4);
    expect(maxLat).toBeLessThanOrEqual(52.63);
  });

  it('greatCircle(a, b) keeps steps at most maxStepDeg', () => {
    const path = greatCircle(BEIJING, LONDON, { maxStepDeg: 2 });
    expect(Math.max(...steps(path))).toBeLessThanOrEqual(2 + 1e-9);
    expect(path.length).toBeGreaterThan(35);
  });

  it('greatCircle(a, b) gives at least minSegments segments for nearby points', () => {
    expect(greatCircle([121, 31], [121.5, 31.2])).toHaveLength(5);
    expect(greatCircle([121, 31], [121.5, 31.2], { minSegments: 8 })).toHaveLength(9);
  });

  it('greatCircle(Shanghai, San Francisco) crosses the antimeridian eastward', () => {
    const path = greatCircle(SHANGHAI, SAN_FRANCISCO);
    const lons = path.map((p) => p[0]);
    for (let i = 1; i < lons.length; i++) {
      expect(lons[i] as number).toBeGreaterThan(lons[i - 1] as number);
    }
    expect(lons.some((lon) => lon > 180)).toBe(true);
    expect(lons[lons.length - 1]).toBeCloseTo(SAN_FRANCISCO[0] + 360, 9);
  });

  it('greatCircle(San Francisco, Shanghai) crosses the antimeridian westward', () => {
    const lons = greatCircle(SAN_FRANCISCO, SHANGHAI).map((p) => p[0]);
    expect(Math.min(...lons)).toBeLessThan(-180);
    expect(lons[lons.length - 1]).toBeCloseTo(SHANGHAI[0] - 360, 9);
  });

  it('greatCircle(a, b) has no longitude jump larger than the step', () => {
    const pairs: [LonLat, LonLat][] = [
      [SHANGHAI, SAN_FRANCISCO],
      [
        [179, 10],
        [-179, -10],
      ],
      [
        [-170, -40],
        [170, 40],
      ],
      [BEIJING, [-58.38, -34.6]],
    ];
    for (const [a, b] of pairs) {
      const path = greatCircle(a, b, { maxStepDeg: 2 });
      // Away from the poles a step of 2° of arc moves longitude by at most a few degrees.
      expect(Math.max(...lonJumps(path))).toBeLessThan(6);
    }
  });

  it('greatCircle(a, a) is two copies of a', () => {
    expect(greatCircle(SHANGHAI, SHANGHAI)).toEqual([SHANGHAI, SHANGHAI]);
  });

  it('greatCircle(a, b) stays finite and continuous for nearly antipodal points', () => {
    const path = greatCircle([0, 0], [179.9, 0.05]);
    expect(allFinite(path)).toBe(true);
    expect(Math.max(...steps(path))).toBeLessThanOrEqual(2 + 1e-9);
    const total = steps(path).reduce((s, d) => s + d, 0);
    expect(total).toBeCloseTo((centralAngle([0, 0], [179.9, 0.05]) * 180) / Math.PI, 6);
  });

  it('centralAngle(a, b) is d3 geoDistance, near and nearly antipodal', () => {
    const pairs: [LonLat, LonLat][] = [
      [SHANGHAI, SAN_FRANCISCO],
      [BEIJING, LONDON],
      [
        [121, 31],
        [121.000001, 31],
      ],
      [
        [0, 0],
        [179.9999999, 0.0000001],
      ],
    ];
    for (const [a, b] of pairs) expect(centralAngle(a, b)).toBeCloseTo(geoDistance(a, b), 12);
  });

  it('greatCircle(a, antipode of a) goes half way round through a point 90° from both', () => {
    const a: LonLat = [116.4, 39.9];
    const b: LonLat = [-63.6, -39.9];
    const path = greatCircle(a, b);
    expect(allFinite(path)).toBe(true);
    const total = steps(path).reduce((s, d) => s + d, 0);
    expect(total).toBeCloseTo(180, 6);
    expect(Math.max(...steps(path))).toBeLessThanOrEqual(2 + 1e-9);
    expect(Math.max(...lonJumps(path))).toBeLessThan(6);
  });

  it('greatCircle(pole, b) meets the pole along the meridian of b', () => {
    const path = greatCircle([0, 90], [100, 40]);
    expect(allFinite(path)).toBe(true);
    expect((path[0] as LonLat)[0]).toBeCloseTo(100, 9);
    expect((path[0] as LonLat)[1]).toBe(90);
    expect(path.every((p) => Math.abs(p[0] - 100) < 1e-9)).toBe(true);
  });

  it('greatCircle(a, b) crosses the pole between points on opposite meridians', () => {
    const path = greatCircle([10, 80], [190, 80], { maxStepDeg: 1 });
    expect(allFinite(path)).toBe(true);
    // The two points are 20° apart over the pole, not 160° apart the other way round.
    expect(path.length).toBeLessThan(25);
    expect(Math.max(...path.map((p) => p[1]))).toBeGreaterThan(89);
  });

  it('greatCircle rejects a step that is not positive', () => {
    expect(() => greatCircle(SHANGHAI, LONDON, { maxStepDeg: 0 })).toThrow('invalid maxStepDeg: 0');
  });
});

describe('writeGreatCircle / greatCirclePointCount', () => {
  const place = fc.oneof(
    fc.tuple(fc.double({ min: -400, max: 400, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
    fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(90, -90)),
  );
  // Pairs of places, antipodes and identical places among them.
  const ends = fc.oneof(
    fc.tuple(place, place),
    place.map(([lon, lat]): [LonLat, LonLat] => [
      [lon, lat],
      [lon + 180, -lat],
    ]),
    place.map(([lon, lat]): [LonLat, LonLat] => [
      [lon, lat],
      [lon, lat],
    ]),
  );
  const options = fc.record({ maxStepDeg: fc.double({ min: 0.5, max: 180, noNaN: true }), minSegments: fc.integer({ min: 1, max: 40 }) });

  it('writeGreatCircle writes the points of greatCircle at any offset of a shared buffer, as many as greatCirclePointCount says', () => {
    fc.assert(
      fc.property(ends, options, fc.integer({ min: 0, max: 5 }), ([from, to], step, offset) => {
        const path = greatCircle(from, to, step);
        const count = greatCirclePointCount(from, to, step);
        const out = new Float64Array(2 * (offset + count + 1)).fill(-999);
        expect(writeGreatCircle(from, to, step, out, offset)).toBe(count);
        expect(count).toBe(path.length);
        expect(Array.from(out.subarray(2 * offset, 2 * (offset + count)))).toEqual(path.flat());
        expect(Array.from(out.subarray(0, 2 * offset)).every((v) => v === -999)).toBe(true);
        expect(Array.from(out.subarray(2 * (offset + count))).every((v) => v === -999)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("greatCircle keeps d3 geoInterpolate's points and steps at most maxStepDeg, whatever the ends", () => {
    fc.assert(
      fc.property(ends, options, ([from, to], step) => {
        const path = greatCircle(from, to, step);
        expect(allFinite(path)).toBe(true);
        const angle = centralAngle(from, to);
        // Two ends at the same place are given back as they are (see 'greatCircle(a, a)').
        if (angle > 1e-6) expect(Math.max(...lonJumps(path))).toBeLessThanOrEqual(180 + 1e-9);
        if (angle > 1e-6 && angle < Math.PI - 1e-6) {
          expect(Math.max(...steps(path))).toBeLessThanOrEqual(step.maxStepDeg + 1e-6);
          const interpolate = geoInterpolate(from, to);
          const k = Math.floor(path.length / 2);
          expect(geoDistance(path[k] as LonLat, interpolate(k / (path.length - 1)))).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('mercatorX / mercatorY', () => {
  it('mercatorX maps -180, 0 and 180 to 0, 0.5 and 1, and keeps going past 180', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorX(540)).toBe(2);
  });

  it('mercatorY maps the equator to 0.5 and the Mercator limits to the edges', () => {
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(MERCATOR_MAX_LAT)).toBeCloseTo(0, 6);
    expect(mercatorY(-MERCATOR_MAX_LAT)).toBeCloseTo(1, 6);
  });

  it('mercatorY clamps the poles to the edges', () => {
    expect(mercatorY(90)).toBe(mercatorY(MERCATOR_MAX_LAT));
    expect(mercatorY(-90)).toBe(mercatorY(-MERCATOR_MAX_LAT));
  });

  it('mercatorY matches the tile maths for a known latitude', () => {
    // y = 1/2 - asinh(tan φ) / 2π, the slippy-map tile formula at zoom 0.
    expect(mercatorY(45)).toBeCloseTo(0.5 - Math.asinh(1) / (2 * Math.PI), 12);
    expect(mercatorY(-30)).toBeCloseTo(0.5 + Math.asinh(Math.tan(Math.PI / 6)) / (2 * Math.PI), 12);
  });
});
