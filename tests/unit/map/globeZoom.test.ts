import { describe, expect, test } from 'vitest';
import { fitGlobeZoom, GLOBE_FILL } from '../../../src/map/globeZoom';

/** Apparent disc diameter of the globe at `zoom`, as MapLibre's perspective camera draws it. */
function discDiameter(zoom: number, height: number, latitude: number): number {
  const radius = (512 * 2 ** zoom) / (2 * Math.PI * Math.cos((latitude * Math.PI) / 180));
  const distance = 1.5 * height;
  return 2 * distance * Math.tan(Math.asin(radius / (distance + radius)));
}

describe('fitGlobeZoom', () => {
  test('fitGlobeZoom(w, h, lat) makes the globe fill its share of the smaller side', () => {
    const zoom = fitGlobeZoom(1280, 800, 30);
    expect(discDiameter(zoom, 800, 30)).toBeCloseTo(800 * GLOBE_FILL, 6);
  });

  test('fitGlobeZoom(w, h, lat) gives a portrait screen a smaller globe', () => {
    expect(fitGlobeZoom(400, 800, 30)).toBeLessThan(fitGlobeZoom(1280, 800, 30));
  });

  test('fitGlobeZoom(w, h, lat) stays within zoom 0 to 4 for tiny and huge containers', () => {
    expect(fitGlobeZoom(0, 0, 30)).toBe(0);
    expect(fitGlobeZoom(100000, 100000, 30)).toBe(4);
  });
});
