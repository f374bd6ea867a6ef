import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { createArcLayer } from '../../../../src/map/arcs/arcLayer';
import type { ArcDatum, ArcLayer } from '../../../../src/map/arcs/arcTypes';

/**
 * A WebGL2 context that accepts every call: constants are numbers, creators return fresh objects,
 * status queries answer `compiles`. Counts the draw calls and the texture uploads.
 */
function fakeGl(compiles = true): { gl: WebGL2RenderingContext; draws: () => number; uploads: () => number } {
  let draws = 0;
  let uploads = 0;
  const methods: Record<string, (...args: unknown[]) => unknown> = {
    getParameter: () => 16384,
    getShaderParameter: () => compiles,
    getProgramParameter: () => compiles,
    getShaderInfoLog: () => 'forced failure',
    getProgramInfoLog: () => 'forced failure',
    isContextLost: () => false,
    getUniformLocation: () => ({}),
    drawArrays: () => {
      draws++;
    },
    texSubImage2D: () => {
      uploads++;
    },
  };
  const gl = new Proxy(
    {},
    {
      get(_target, name: string) {
        if (name in methods) return methods[name];
        if (/^[A-Z0-9_]+$/.test(name)) return 1;
        if (name === 'drawingBufferWidth' || name === 'drawingBufferHeight') return 512;
        return (): unknown => (name.startsWith('create') ? {} : undefined);
      },
    },
  );
  return { gl: gl as WebGL2RenderingContext, draws: () => draws, uploads: () => uploads };
}

/** A map that only counts repaint requests and swallows events. */
function fakeMap(): { map: MapLibreMap; repaints: () => number } {
  let repaints = 0;
  const map = {
    getZoom: () => 1,
    getPixelRatio: () => 1,
    triggerRepaint: () => {
      repaints++;
    },
    fire: () => undefined,
  };
  return { map: map as unknown as MapLibreMap, repaints: () => repaints };
}

const OPTIONS = {
  shaderData: { define: '#define GLOBE', variantName: 'globe', vertexShaderPrelude: '' },
  defaultProjectionData: {
    mainMatrix: new Float32Array(16),
    fallbackMatrix: new Float32Array(16),
    tileMercatorCoords: [0, 0, 1, 1],
    clippingPlane: [0, 0, 0, 0],
    projectionTransition: 1,
  },
} as unknown as CustomRenderMethodInput;

function arcs(n: number, year = 2000): ArcDatum[] {
  return Array.from({ length: n }, (_, i) => ({ from: [118.8, 32.1], to: [-90 + i, 38.6], year, color: [1, 0.5, 0], cnIndex: 0, partnerIndex: i }));
}

/** Whether a promise has settled after the pending microtasks ran. */
async function isSettled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

function addedLayer(): { layer: ArcLayer; gl: WebGL2RenderingContext; draws: () => number } {
  const layer = createArcLayer();
  const { map } = fakeMap();
  layer.onAdd?.(map, {} as WebGL2RenderingContext);
  const { gl, draws } = fakeGl();
  return { layer, gl, draws };
}

describe('ArcLayer.settled', () => {
  it('settles only once a frame has drawn the arcs, not when they are built', async () => {
    const { layer, gl, draws } = addedLayer();
    layer.setArcs(arcs(5));
    const settled = layer.settled();
    expect(await isSettled(settled)).toBe(false);
    layer.render(gl, OPTIONS);
    expect(draws()).toBeGreaterThan(0);
    expect(await isSettled(settled)).toBe(true);
  });

  it('waits for the latest arcs when new ones are set while waiting', async () => {
    const { layer, gl } = addedLayer();
    layer.setArcs(arcs(3));
    const settled = layer.settled();
    layer.setArcs(arcs(4));
    expect(await isSettled(settled)).toBe(false);
    layer.render(gl, OPTIONS);
    expect(await isSettled(settled)).toBe(true);
  });

  it('settles without drawing when the year window holds no arc, or there are none', async () => {
    const { layer, gl, draws } = addedLayer();
    layer.setArcs(arcs(3, 1990));
    layer.setYearWindow(2000, 2010, false);
    const settled = layer.settled();
    layer.render(gl, OPTIONS);
    expect([await isSettled(settled), draws()]).toEqual([true, 0]);
    layer.setArcs([]);
    expect(await isSettled(layer.settled())).toBe(true);
  });

  it('settles when drawing fails, and when the layer is on no map', async () => {
    const { layer } = addedLayer();
    layer.setArcs(arcs(2));
    const settled = layer.settled();
    layer.render(fakeGl(false).gl, OPTIONS);
    expect(await isSettled(settled)).toBe(true);
    const alone = createArcLayer();
    alone.setArcs(arcs(2));
    expect(await isSettled(alone.settled())).toBe(true);
  });

  it('waits for the points again once the layer is added back', async () => {
    const { layer, gl } = addedLayer();
    layer.setArcs(arcs(2));
    layer.render(gl, OPTIONS);
    expect(await isSettled(layer.settled())).toBe(true);
    layer.onRemove?.(fakeMap().map, gl);
    layer.onAdd?.(fakeMap().map, gl);
    const again = layer.settled();
    expect(await isSettled(again)).toBe(false);
    layer.render(gl, OPTIONS);
    expect(await isSettled(again)).toBe(true);
  });
});

describe('ArcLayer backdropReady', () => {
  it('draws nothing until the backdrop first shows, then draws at every frame', async () => {
    let ready = false;
    const layer = createArcLayer('arcs', { backdropReady: () => ready });
    const { map } = fakeMap();
    layer.onAdd?.(map, {} as WebGL2RenderingContext);
    const { gl, draws, uploads } = fakeGl();
    layer.setArcs(arcs(4));
    const settled = layer.settled();
    layer.render(gl, OPTIONS);
    // The points go to the GPU meanwhile, so that the first frame with the backdrop can draw them.
    expect([draws(), uploads() > 0, await isSettled(settled)]).toEqual([0, true, false]);
    ready = true;
    layer.render(gl, OPTIONS);
    const first = draws();
    expect(first).toBeGreaterThan(0);
    expect(await isSettled(settled)).toBe(true);
    // Held back only the first time: tiles loading later do not hide the arcs.
    ready = false;
    layer.render(gl, OPTIONS);
    expect(draws()).toBe(2 * first);
  });

  it('settles without the backdrop when there is nothing to draw', async () => {
    const layer = createArcLayer('arcs', { backdropReady: () => false });
    layer.onAdd?.(fakeMap().map, {} as WebGL2RenderingContext);
    const { gl } = fakeGl();
    layer.setArcs(arcs(2, 1990));
    layer.setYearWindow(2000, 2010, false);
    const settled = layer.settled();
    layer.render(gl, OPTIONS);
    expect(await isSettled(settled)).toBe(true);
  });
});
