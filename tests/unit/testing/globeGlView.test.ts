import { describe, expect, test } from 'vitest';
import { GLOBE_FILL } from '../../../src/map/globeZoom';
import { globeGlAltitude } from '../../../src/testing/globeGlView';

/** Radius in pixels of a unit sphere's silhouette seen from `distance` (centre to camera) by a camera of `fov` degrees on `height` pixels. */
function silhouettePx(distance: number, fov: number, height: number): number {
  // The silhouette's edge is the tangent point: angle asin(1/distance) off the view axis.
  const alpha = Math.asin(1 / distance);
  return (Math.tan(alpha) / Math.tan((fov * Math.PI) / 360)) * (height / 2);
}

describe('globeGlAltitude', () => {
  test('globeGlAltitude(w, h, fov) fills the share of the smaller side the app fills', () => {
    const altitude = globeGlAltitude(1280, 568, 50);
    expect(silhouettePx(1 + altitude, 50, 568)).toBeCloseTo((568 * GLOBE_FILL) / 2, 6);
  });

  test('globeGlAltitude(w, h, fov) fits a portrait view by its width', () => {
    const altitude = globeGlAltitude(320, 480, 50);
    expect(silhouettePx(1 + altitude, 50, 480)).toBeCloseTo((320 * GLOBE_FILL) / 2, 6);
  });
});
