/**
 * The first zoom of the map: the one that fits the whole globe in the container. Pure arithmetic,
 * kept apart from the map so that it can be tested without WebGL.
 */

/** Share of the container's smaller side the globe's disc fills in the first view. */
export const GLOBE_FILL = 0.86;

/**
 * The zoom at which the globe's disc fills `GLOBE_FILL` of a `width` x `height` viewport centred at
 * `latitude`. MapLibre scales the globe so that its centre matches Mercator's scale there, which
 * makes the radius in pixels `512 * 2^zoom / (2π cos(latitude))`. Mercator at the same zoom shows
 * China with Europe and the Pacific at the edges.
 */
export function fitGlobeZoom(width: number, height: number, latitude: number): number {
  const h = Math.max(1, height);
  const disc = (Math.max(1, Math.min(width, h)) * GLOBE_FILL) / 2;
  // The camera looks from `cameraToCenterDistance` (1.5 heights at MapLibre's default field of view)
  // above the globe's surface, so the visible disc is smaller than the sphere: solve for the radius
  // whose silhouette spans `disc` pixels.
  const distance = 1.5 * h;
  const sin = Math.sin(Math.atan(disc / distance));
  const radius = (distance * sin) / (1 - sin);
  const zoom = Math.log2((radius * 2 * Math.PI * Math.cos((latitude * Math.PI) / 180)) / 512);
  return Math.min(4, Math.max(0, zoom));
}
