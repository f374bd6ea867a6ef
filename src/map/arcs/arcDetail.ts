/**
 * The level of detail the arc layer draws at (see `ARC_LEVEL_STEPS` in arcGeometry.ts). On a globe
 * that fits on the screen, every other point (4° apart at most) draws curves that stray from the
 * full-detail ones by under a third of a pixel, in about two thirds of the time on software WebGL.
 * The Mercator map stretches the curves near the poles (4° steps stray by up to 2.5 pixels there
 * at the same zoom), so it always gets every point.
 */

/** Width of the world in CSS pixels at zoom 0 (MapLibre's tile size). */
const TILE_PX = 512;

/**
 * Widest world, in device pixels, drawn at reduced detail: a globe about 330 pixels in radius, on
 * which every other point of a raised arc strays from the full curve by 0.3 pixel at most.
 */
const COARSE_WORLD_PX = 2048;

/** The level of detail for a zoom, a pixel ratio and a projection: 1 (every other point) or 0 (every point). */
export function arcDetailLevel(zoom: number, pixelRatio: number, globe: boolean): number {
  const ratio = pixelRatio > 0 ? pixelRatio : 1;
  return globe && TILE_PX * 2 ** zoom * ratio < COARSE_WORLD_PX ? 1 : 0;
}
