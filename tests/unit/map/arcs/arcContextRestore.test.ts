import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { layerAbove, readdAfterContextRestored } from '../../../../src/map/arcs/arcContextRestore';

/** Just enough of a map: a layer order, `once` listeners, addLayer and a style-loaded flag. */
function fakeMap(order: string[], styleLoaded: boolean) {
  const listeners = new Map<string, () => void>();
  const added: { id: string; beforeId: string | undefined }[] = [];
  const fake = {
    styleLoaded,
    getLayersOrder: () => order,
    getLayer: (id: string) => (order.includes(id) ? { id } : undefined),
    isStyleLoaded: () => fake.styleLoaded,
    once: (type: string, listener: () => void) => listeners.set(type, listener),
    addLayer: (layer: CustomLayerInterface, beforeId?: string) => {
      added.push({ id: layer.id, beforeId });
      order.push(layer.id);
    },
    fire: (type: string) => {
      const listener = listeners.get(type);
      listeners.delete(type);
      listener?.();
    },
  };
  return { map: fake as unknown as MapLibreMap, fake, added };
}

const layer: CustomLayerInterface = { id: 'arcs', type: 'custom', render: () => undefined };

describe('layerAbove', () => {
  it('layerAbove(map, id) is the next layer up, or undefined at the top or when absent', () => {
    const { map } = fakeMap(['ocean', 'arcs', 'cities'], true);
    expect(layerAbove(map, 'arcs')).toBe('cities');
    expect(layerAbove(map, 'cities')).toBeUndefined();
    expect(layerAbove(map, 'missing')).toBeUndefined();
  });
});

describe('readdAfterContextRestored', () => {
  it('readdAfterContextRestored adds the layer back below its old neighbour once the style is loaded', () => {
    const { map, fake, added } = fakeMap(['ocean', 'cities'], false);
    readdAfterContextRestored(map, layer, 'cities');
    fake.fire('webglcontextrestored');
    expect(added).toEqual([]);
    fake.styleLoaded = true;
    fake.fire('style.load');
    expect(added).toEqual([{ id: 'arcs', beforeId: 'cities' }]);
  });

  it('readdAfterContextRestored adds the layer on top when its old neighbour is gone', () => {
    const { map, fake, added } = fakeMap(['ocean'], true);
    readdAfterContextRestored(map, layer, 'cities');
    fake.fire('webglcontextrestored');
    expect(added).toEqual([{ id: 'arcs', beforeId: undefined }]);
  });

  it('readdAfterContextRestored leaves a layer the app has already added back', () => {
    const { map, fake, added } = fakeMap(['ocean', 'arcs'], true);
    readdAfterContextRestored(map, layer, undefined);
    fake.fire('webglcontextrestored');
    expect(added).toEqual([]);
  });
});
