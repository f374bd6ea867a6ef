/**
 * Bringing a custom layer back after a WebGL context loss. MapLibre restores its own style from a
 * snapshot but drops custom layers (it warns so in the console); the layer asks to be added again,
 * at its old place in the layer order, once the context and the restored style are ready.
 */
import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';

/**
 * The id of the layer drawn just above `id`, or undefined when it is the top one. Read it while
 * the layer is still in the style (in `onRemove`).
 */
export function layerAbove(map: MapLibreMap, id: string): string | undefined {
  const order = map.getLayersOrder();
  const index = order.indexOf(id);
  return index < 0 ? undefined : order[index + 1];
}

/**
 * Adds `layer` back to `map` after the next `webglcontextrestored`, below `beforeId` when that
 * layer still exists, unless the app has already added it again itself.
 */
export function readdAfterContextRestored(map: MapLibreMap, layer: CustomLayerInterface, beforeId: string | undefined): void {
  const add = (): void => {
    if (map.getLayer(layer.id)) return;
    map.addLayer(layer, beforeId !== undefined && map.getLayer(beforeId) ? beforeId : undefined);
  };
  map.once('webglcontextrestored', () => {
    if (map.isStyleLoaded()) add();
    else map.once('style.load', add);
  });
}
