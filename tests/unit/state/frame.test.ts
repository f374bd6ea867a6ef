import { describe, expect, test } from 'vitest';
import { angularDistance, fitAngleZoom, frameBounds, frameGlobe, type LonLat } from '../../../src/state/frame';
import { readAtlasFile } from '../data/atlasFile';

const viewport = { width: 1600, height: 900 };

/** Where a point `angle` degrees from the centre lands, in pixels from the middle, at a zoom (MapLibre's globe). */
function projectedPx(angle: number, zoom: number, height: number, lat: number): number {
  const radius = (512 * 2 ** zoom) / (2 * Math.PI * Math.cos((lat * Math.PI) / 180));
  const distance = 1.5 * height;
  const t = (angle * Math.PI) / 180;
  return (distance * radius * Math.sin(t)) / (distance + radius * (1 - Math.cos(t)));
}

describe('frame', () => {
  test('angularDistance(a, b) measures great-circle degrees', () => {
    expect(angularDistance([0, 0], [90, 0])).toBeCloseTo(90);
    expect(angularDistance([179, 0], [-179, 0])).toBeCloseTo(2);
    expect(angularDistance([10, 90], [-100, 90])).toBeCloseTo(0);
  });

  test('fitAngleZoom(angle, radiusPx, height, lat) puts a point at that angle on the given radius', () => {
    const zoom = fitAngleZoom(20, 300, 900, 30);
    expect(projectedPx(20, zoom, 900, 30)).toBeCloseTo(300, 3);
  });

  test('fitAngleZoom(angle, radiusPx, height, lat) zooms out for wider angles down to the whole disc', () => {
    expect(fitAngleZoom(10, 300, 900, 0)).toBeGreaterThan(fitAngleZoom(40, 300, 900, 0));
    const whole = fitAngleZoom(90, 300, 900, 0);
    expect(fitAngleZoom(80, 300, 900, 0)).toBe(whole);
    const radius = (512 * 2 ** whole) / (2 * Math.PI);
    const horizon = (Math.acos(radius / (radius + 1.5 * 900)) * 180) / Math.PI;
    expect(projectedPx(horizon, whole, 900, 0)).toBeCloseTo(300, 3);
  });

  test('frameGlobe(city, [], viewport) centres on the city at the closest zoom', () => {
    expect(frameGlobe([120.31, 31.49], [], viewport)).toEqual({ lon: 120.31, lat: 31.49, zoom: 5 });
  });

  test('frameGlobe(city, partners, viewport) turns toward nearby partners and fits them', () => {
    const wuxi: LonLat = [120.31, 31.49];
    const japan: LonLat[] = [
      [134.99, 34.64],
      [139.69, 35.69],
      [135.5, 34.69],
    ];
    const frame = frameGlobe(wuxi, japan, viewport);
    expect(frame.lon).toBeGreaterThan(wuxi[0]);
    expect(frame.lon).toBeLessThan(134.99);
    const farthest = Math.max(...[wuxi, ...japan].map((p) => angularDistance([frame.lon, frame.lat], p)));
    expect(projectedPx(farthest, frame.zoom, viewport.height, frame.lat)).toBeLessThanOrEqual((900 * 0.8) / 2 + 1e-6);
  });

  test('frameGlobe(city, partners, viewport) keeps the city within maxOffset of the centre', () => {
    const frame = frameGlobe(
      [120.31, 31.49],
      [
        [-90.2, 38.63],
        [-74, 40.7],
        [-118.2, 34.05],
      ],
      viewport,
    );
    expect(angularDistance([frame.lon, frame.lat], [120.31, 31.49])).toBeCloseTo(12, 6);
  });

  test('frameGlobe(Wuxi, its partners in atlas.json) stays within 15° of Wuxi and shows more partners than centring on Wuxi', () => {
    const ties = readAtlasFile().pairings.filter((p) => p.cn.nameEn === 'Wuxi' && p.partner.lat !== null);
    const wuxi: LonLat = [ties[0]!.cn.lon!, ties[0]!.cn.lat!];
    const partners = ties.map((p): LonLat => [p.partner.lon!, p.partner.lat!]);
    const frame = frameGlobe(wuxi, partners, viewport);
    const centre: LonLat = [frame.lon, frame.lat];
    expect(angularDistance(centre, wuxi)).toBeLessThan(15);
    const seen = (from: LonLat) => partners.filter((p) => angularDistance(from, p) < 90).length;
    expect(seen(centre)).toBeGreaterThanOrEqual(seen(wuxi));
    expect(frame.zoom).toBeGreaterThanOrEqual(0);
  });

  test('frameBounds(points) keeps longitudes continuous across the antimeridian', () => {
    expect(
      frameBounds([
        [121.5, 31.2],
        [-118.2, 34.05],
      ]),
    ).toEqual([
      [121.5, 31.2],
      [241.8, 34.05],
    ]);
  });

  test('frameBounds(points) takes the short way when it does not cross ±180', () => {
    expect(
      frameBounds([
        [121.5, 31.2],
        [2.35, 48.86],
        [13.4, 52.5],
      ]),
    ).toEqual([
      [2.35, 31.2],
      [121.5, 52.5],
    ]);
  });

  test('frameBounds(points) clamps to Mercator latitudes and returns null for no points', () => {
    expect(
      frameBounds([
        [0, -89],
        [10, 89],
      ]),
    ).toEqual([
      [0, -85],
      [10, 85],
    ]);
    expect(frameBounds([])).toBeNull();
  });
});
