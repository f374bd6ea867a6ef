import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import { describe, expect, test } from 'vitest';

/** The committed base map files, as `npm run world:build` wrote them. */
function world<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../../public/world/${file}`, import.meta.url), 'utf8')) as T;
}

const land = world<FeatureCollection<MultiPolygon>>('land.json');
const borders = world<FeatureCollection<MultiLineString>>('borders.json');
const labels = world<FeatureCollection<Point, { name_en: string; name_zh: string; iso2: string; area: number; minzoom: number }>>('country-labels.json');

const rings = land.features.flatMap((f) => f.geometry.coordinates.flat());
const lines = borders.features.flatMap((f) => f.geometry.coordinates);

/** The widest jump in longitude between consecutive positions of a line. */
function widestStep(line: Position[]): number {
  let widest = 0;
  for (let i = 1; i < line.length; i++) widest = Math.max(widest, Math.abs((line[i]![0] as number) - (line[i - 1]![0] as number)));
  return widest;
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

function inRange(p: Position): boolean {
  return Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
}

describe('public/world', () => {
  test('land.json has no ring segment spanning more than 180° of longitude', () => {
    expect(rings.length).toBeGreaterThan(1000);
    const crossing = rings.filter((ring) => widestStep(ring) > 180);
    expect(crossing.length).toBe(0);
  });

  test('borders.json has no segment spanning more than 180° of longitude', () => {
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => widestStep(line) > 180).length).toBe(0);
  });

  test('land.json and borders.json stay within longitude ±180 and latitude ±90', () => {
    expect([...rings, ...lines].flat().filter((p) => !inRange(p))).toEqual([]);
  });

  test('land.json rings are closed, with at least four positions', () => {
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
    }
  });

  test('land.json winds exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const polygon of land.features.flatMap((f) => f.geometry.coordinates)) {
      const [exterior, ...holes] = polygon;
      expect(signedArea(exterior!)).toBeGreaterThan(0);
      for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
    }
  });

  test('land.json closes Antarctica around the South Pole', () => {
    const polar = rings.filter((ring) => ring.some((p) => p[1] === -90));
    expect(polar.length).toBe(1);
  });

  test('land.json keeps Chukotka on both sides of the antimeridian', () => {
    const touches = (lon: number) => rings.some((ring) => ring.some((p) => p[0] === lon && (p[1] as number) > 60));
    expect(touches(180)).toBe(true);
    expect(touches(-180)).toBe(true);
  });

  test('country-labels.json names every country in English and Chinese', () => {
    expect(labels.features.length).toBeGreaterThan(200);
    for (const { properties } of labels.features) {
      expect(properties.name_en).not.toBe('');
      expect(properties.name_zh).toMatch(/\p{Script=Han}/u);
    }
    const china = labels.features.find((f) => f.properties.iso2 === 'CN');
    expect(china?.properties).toMatchObject({ name_en: 'China', name_zh: '中国', minzoom: 0 });
  });

  test('country-labels.json puts each label inside its country, within range', () => {
    for (const { geometry } of labels.features) expect(inRange(geometry.coordinates)).toBe(true);
    const china = labels.features.find((f) => f.properties.iso2 === 'CN')!.geometry.coordinates;
    expect(china[0]).toBeGreaterThan(85);
    expect(china[0]).toBeLessThan(115);
    expect(china[1]).toBeGreaterThan(25);
    expect(china[1]).toBeLessThan(42);
  });

  test('country-labels.json lists the biggest countries first', () => {
    const areas = labels.features.map((f) => f.properties.area);
    expect(areas).toEqual([...areas].sort((a, b) => b - a));
  });
});
