import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { cutLines, cutPolygons, ringArea2, ringContains } from '../../../../scripts/world/cutAntimeridian';

/** A d3-wound (clockwise) box from lon0 east to lon1, lat0 to lat1; lon1 may be past 180. */
function box(lon0: number, lon1: number, lat0: number, lat1: number): Position[] {
  const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon);
  return [
    [lon0, lat0],
    [lon0, lat1],
    [wrap(lon1), lat1],
    [wrap(lon1), lat0],
    [lon0, lat0],
  ];
}

function widestStep(line: Position[]): number {
  return Math.max(...line.slice(1).map((p, i) => Math.abs((p[0] as number) - (line[i]![0] as number))));
}

describe('cutPolygons', () => {
  test('cutPolygons(polygon) splits a polygon crossing the antimeridian in two', () => {
    const parts = cutPolygons({ type: 'Polygon', coordinates: [box(170, 190, -10, 10)] });
    expect(parts.length).toBe(2);
    for (const [exterior] of parts) {
      expect(widestStep(exterior!)).toBeLessThan(180);
      const lons = exterior!.map((p) => p[0] as number);
      expect(Math.min(...lons) >= 170 || Math.max(...lons) <= -170).toBe(true);
    }
  });

  test('cutPolygons(polygon) winds exteriors counter-clockwise', () => {
    const [west, east] = cutPolygons({ type: 'Polygon', coordinates: [box(170, 190, -10, 10)] });
    expect(ringArea2(west![0]!)).toBeGreaterThan(0);
    expect(ringArea2(east![0]!)).toBeGreaterThan(0);
  });

  test('cutPolygons(polygon) leaves a polygon away from the antimeridian whole', () => {
    const parts = cutPolygons({ type: 'Polygon', coordinates: [box(10, 20, 0, 10)] });
    expect(parts.length).toBe(1);
    expect(parts[0]![0]!.length).toBe(5);
  });

  test('cutPolygons(polygon) closes a ring around the South Pole along the pole line', () => {
    // d3 keeps a ring's interior on its right: eastward around 70°S encloses the pole.
    const ring: Position[] = [0, 90, 180, -90, 0].map((lon) => [lon, -70]);
    const parts = cutPolygons({ type: 'Polygon', coordinates: [ring] });
    expect(parts.length).toBe(1);
    const exterior = parts[0]![0]!;
    expect(exterior.some((p) => p[1] === -90)).toBe(true);
    expect(ringContains(exterior, [0, -80])).toBe(true);
  });

  test('cutPolygons(polygon) keeps a hole under the exterior around it', () => {
    const hole = box(12, 18, 2, 8).reverse();
    const parts = cutPolygons({ type: 'Polygon', coordinates: [box(10, 20, 0, 10), hole] });
    expect(parts.length).toBe(1);
    expect(parts[0]!.length).toBe(2);
    expect(ringArea2(parts[0]![1]!)).toBeLessThan(0);
  });
});

describe('cutLines', () => {
  test('cutLines(line) splits a line crossing the antimeridian in two', () => {
    const lines = cutLines({
      type: 'LineString',
      coordinates: [
        [170, 60],
        [-170, 62],
      ],
    });
    expect(lines.length).toBe(2);
    for (const line of lines) expect(widestStep(line)).toBeLessThan(180);
  });

  test('cutLines(line) leaves other lines whole', () => {
    const lines = cutLines({
      type: 'LineString',
      coordinates: [
        [10, 60],
        [20, 62],
      ],
    });
    expect(lines.length).toBe(1);
    const [[a, b]] = lines as [[Position, Position]];
    expect([a[0], a[1], b[0], b[1]].map((v) => Math.round((v as number) * 1e9) / 1e9)).toEqual([10, 60, 20, 62]);
  });
});
