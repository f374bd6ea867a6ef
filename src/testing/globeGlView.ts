/**
 * globe.gl's first view on the benchmark page, matched to the app's: the same centre, and a camera
 * altitude at which the globe's disc fills the same share of the map as the app's first view does
 * (see src/map/globeZoom.ts), so that both draw their arcs over the same number of pixels.
 */
import { GLOBE_FILL } from '../map/globeZoom';

/** The app's first view centres on central China (CHINA_CENTER in src/map/createMap.ts). */
export const GLOBE_GL_CENTER = { lat: 30, lng: 105 } as const;

/**
 * globe.gl's camera altitude (in globe radii above the surface) at which the globe's silhouette
 * spans `GLOBE_FILL` of the smaller side of a `width` x `height` view, for a perspective camera of
 * vertical field of view `fovDegrees`: the silhouette's half-angle α satisfies
 * tan α = (disc radius / half height) · tan(fov / 2), and sin α = radius / distance to the centre.
 */
export function globeGlAltitude(width: number, height: number, fovDegrees: number): number {
  const h = Math.max(1, height);
  const disc = (Math.max(1, Math.min(width, h)) * GLOBE_FILL) / 2;
  const halfFov = (fovDegrees * Math.PI) / 360;
  const alpha = Math.atan((disc / (h / 2)) * Math.tan(halfFov));
  return 1 / Math.sin(alpha) - 1;
}
