/**
 * The arcs: a MapLibre custom layer (WebGL2) that draws every sister-city tie as a great circle,
 * raised gently above the globe and flat on the Mercator map. Geometry is built once per dataset
 * and read by the GPU from data textures; the year window, selection, hover and play animation are
 * uniforms, so filtering costs one frame (see arcDraw.ts for the draw calls). A failure while
 * drawing (a shader that does not compile, an upload the GPU refuses) is fired as the map's `error`
 * event once, and the layer draws nothing until new arcs are set or the context is restored.
 */
import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { createArcBuffers, type ArcBuffers } from './arcBuffers';
import { layerAbove, readdAfterContextRestored } from './arcContextRestore';
import { arcDetailLevel } from './arcDetail';
import { drawArcs } from './arcDraw';
import { ARC_LEVEL_STEPS, buildArcGeometry, type ArcGeometry } from './arcGeometry';
import { createArcGeometryBuilder } from './arcGeometryBuilder';
import { createArcPrograms } from './arcProgram';
import { arcRunsInWindow, verticesOfRun } from './arcRuns';
import { arcStyle, type ArcStyle } from './arcStyle';
import type { ArcCityRef, ArcLayer } from './arcTypes';
import { arcCount } from './arcTransfer';
import { mercatorWorldCopies } from './arcWorldCopies';

const NONE: ArcCityRef = { cnIndex: -1, partnerIndex: -1 };
/** A grow year that matches no arc. */
const NO_GROW_YEAR = -3e6;
/** Width of the world in pixels at zoom 0 (MapLibre's tile size). */
const TILE_PX = 512;
/** How far an arc's widest line can reach beyond its points, in pixels, with a margin. */
const EDGE_PX = 8;

function cityRef(ref: ArcCityRef | null): ArcCityRef {
  if (!ref) return NONE;
  const cnIndex = Number.isInteger(ref.cnIndex) && ref.cnIndex >= 0 ? ref.cnIndex : -1;
  const partnerIndex = Number.isInteger(ref.partnerIndex) && ref.partnerIndex >= 0 ? ref.partnerIndex : -1;
  return { cnIndex, partnerIndex };
}

/** Options of {@link createArcLayer}. */
export interface ArcLayerOptions {
  /**
   * Whether the map shows what the arcs should first appear with (the base map's land under them, the
   * city points they join). Until it first does, the layer draws nothing: the arcs appear with the rest
   * of the map, and the frames of a loading map are not spent on them. Default: the arcs draw at once.
   */
  backdropReady?: (map: MapLibreMap) => boolean;
}

/**
 * Creates the arc layer (id `arcs` unless given). Add it with `map.addLayer`; it draws nothing
 * until {@link ArcLayer.setArcs}. After a WebGL context loss MapLibre drops custom layers: this one
 * frees its GPU objects, keeps its arcs and settings, and adds itself back, at the same place in
 * the layer order, once the context and the style are restored.
 */
export function createArcLayer(id = 'arcs', { backdropReady }: ArcLayerOptions = {}): ArcLayer {
  let map: MapLibreMap | null = null;
  /** Whether the backdrop has shown once; the arcs are not held back again after that. */
  let backdropShown = backdropReady === undefined;
  let geometry: ArcGeometry = buildArcGeometry([]);
  const builder = createArcGeometryBuilder();
  /** Counts setArcs calls, so that a geometry built in the worker for older arcs is dropped. */
  let generation = 0;
  /** Settles once the geometry of the latest setArcs is in place (built, not yet on the GPU). */
  let built = Promise.resolve();
  /** Whether the arcs in place have been drawn from complete data, or nothing is left to draw. */
  let drawn = true;
  /** Callers of {@link ArcLayer.settled} waiting for that. */
  let drawnWaiters: (() => void)[] = [];
  /** The geometry on the GPU; null until the first frame after setArcs or a context loss. */
  let buffers: ArcBuffers | null = null;
  /** Buffers of a replaced geometry, freed at the next frame (setArcs has no GL context). */
  let stale: ArcBuffers | null = null;
  let programs = createArcPrograms();
  let yearWindow = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY, includeUnknown: true };
  /**
   * Strip vertices to draw for the year window at each level of detail, as [first, count], and
   * how many arcs they hold.
   */
  let runs: [number, number][][] = [];
  let count = 0;
  /** The filter mask as given (one byte per arc of setArcs), or null for every arc. */
  let inputMask: Uint8Array | null = null;
  /** How many arcs setArcs was given. */
  let inputCount = 0;
  /** The mask in drawing order, with its prefix sums (to count the arcs of a run), and whether the GPU has it. */
  let drawMask = new Uint8Array(0);
  let maskSums = new Int32Array(1);
  let maskUploaded = false;
  let focus = NONE;
  let hover = NONE;
  let grow = { year: NO_GROW_YEAR, progress: 1 };
  let styleTransform: ((style: ArcStyle) => ArcStyle) | null = null;
  /** The error that stopped drawing, until new arcs or a new context. */
  let failure: unknown = null;

  function repaint(): void {
    map?.triggerRepaint();
  }

  /** The arcs in place are drawn, or will not be: releases whoever waits in {@link ArcLayer.settled}. */
  function markDrawn(): void {
    drawn = true;
    const waiters = drawnWaiters;
    drawnWaiters = [];
    for (const release of waiters) release();
  }

  /** Resolves once the arcs in place are drawn (at once when they are, or when the layer is on no map). */
  function whenDrawn(): Promise<void> {
    return drawn || map === null ? Promise.resolve() : new Promise((resolve) => drawnWaiters.push(resolve));
  }

  /** Points [first, end) of one level of detail of the geometry in place. */
  function levelRange(level: number): [number, number] {
    const firsts = geometry.firstPoints[level] as Uint32Array;
    return [firsts[0] as number, firsts[firsts.length - 1] as number];
  }

  /** Draws `next` from the next frame on, with the current mask and year window. */
  function install(next: ArcGeometry): void {
    geometry = next;
    stale = stale ?? buffers;
    buffers = null;
    failure = null;
    drawn = false;
    updateMask();
    updateRuns();
    if (next.order.length === 0) markDrawn();
  }

  /** Puts the mask in drawing order; a mask of the wrong length (from another dataset) shows every arc. */
  function updateMask(): void {
    const { order } = geometry;
    const valid = inputMask !== null && inputMask.length === inputCount;
    drawMask = new Uint8Array(order.length);
    maskSums = new Int32Array(order.length + 1);
    for (let a = 0; a < order.length; a++) {
      drawMask[a] = !valid || inputMask![order[a]!] ? 1 : 0;
      maskSums[a + 1] = maskSums[a]! + drawMask[a]!;
    }
    maskUploaded = false;
  }

  /** The arcs of the year window, as runs of vertices; the shader applies the same window and mask exactly. */
  function updateRuns(): void {
    const arcRuns = arcRunsInWindow(geometry.years, yearWindow.from, yearWindow.to, yearWindow.includeUnknown);
    count = arcRuns.reduce((n, [start, end]) => n + maskSums[end]! - maskSums[start]!, 0);
    runs = geometry.firstPoints.map((firsts) => arcRuns.map((run) => verticesOfRun(firsts, run)).filter(([, n]) => n > 0));
    repaint();
  }

  /** The Mercator world copies that can show arcs in the current view. */
  function worldCopies(shown: MapLibreMap): number[] {
    const bounds = shown.getBounds();
    // Lines reach a few pixels beyond their points: widen the arcs' extent by that much.
    const pad = EDGE_PX / (TILE_PX * 2 ** shown.getZoom());
    const [xMin, xMax] = geometry.xExtent;
    return mercatorWorldCopies(bounds.getWest(), bounds.getEast(), [xMin - pad, xMax + pad]);
  }

  function freeGpu(gl: WebGL2RenderingContext): void {
    stale?.destroy(gl);
    buffers?.destroy(gl);
    stale = null;
    buffers = null;
    programs.destroy(gl);
    programs = createArcPrograms();
  }

  /** Draws the arcs of the current window; throws on any GPU failure. */
  function draw(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    stale?.destroy(gl);
    stale = null;
    if (count === 0 || gl.isContextLost()) {
      markDrawn();
      return;
    }
    if (!buffers) {
      buffers = createArcBuffers(gl, geometry, drawMask);
      maskUploaded = true;
    } else if (!maskUploaded) {
      buffers.setMask(gl, drawMask);
      maskUploaded = true;
    }
    const globe = /\bGLOBE\b/.test(options.shaderData.define);
    const zoom = map?.getZoom() ?? 0;
    const pixelRatio = map?.getPixelRatio() ?? 1;
    const wanted = arcDetailLevel(zoom, pixelRatio, globe);
    // The points arrive over a few frames, those of the level of detail the view needs first; the
    // other levels only once a view needs them. Until the level needed is all on the GPU, a level
    // that is draws in its place, or nothing is drawn.
    const complete = buffers.upload(gl, ...levelRange(wanted));
    let level = wanted;
    if (!complete) {
      repaint();
      const loaded = buffers;
      level = geometry.firstPoints.findIndex((_, other) => other !== wanted && loaded.uploaded(...levelRange(other)));
      if (level < 0) return;
    }
    // The points go up meanwhile. Each tile that loads repaints the map, so this runs again until the
    // backdrop is there.
    if (!backdropShown) {
      if (map && backdropReady && !backdropReady(map)) return;
      backdropShown = true;
    }
    drawArcs(gl, programs.use(gl, options), buffers, {
      heightScale: globe ? options.defaultProjectionData.projectionTransition : 0,
      yearWindow,
      grow,
      focus,
      hover,
      style: styleTransform ? styleTransform(arcStyle({ zoom, count, pixelRatio })) : arcStyle({ zoom, count, pixelRatio }),
      step: ARC_LEVEL_STEPS[level] ?? 1,
      runs: runs[level] ?? [],
      copies: globe || !map ? [0] : worldCopies(map),
    });
    if (complete) markDrawn();
  }

  const layer: ArcLayer = {
    id,
    type: 'custom',
    renderingMode: '2d',

    onAdd(added) {
      map = added;
      failure = null;
      // Added again (after a context loss, or moved in the layer order): the points go to the GPU anew.
      drawn = geometry.order.length === 0;
    },

    onRemove(removed, gl) {
      if (gl.isContextLost()) {
        readdAfterContextRestored(removed, layer, layerAbove(removed, id));
      } else {
        generation++;
        builder.destroy();
      }
      freeGpu(gl);
      map = null;
      markDrawn();
    },

    render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput) {
      if (failure !== null) return;
      try {
        draw(gl, options);
      } catch (error) {
        failure = error;
        markDrawn();
        map?.fire('error', { error });
      }
    },

    setArcs(arcs) {
      const current = ++generation;
      inputCount = arcCount(arcs);
      const next = builder.build(arcs);
      if (!(next instanceof Promise)) {
        install(next);
        built = Promise.resolve();
        return;
      }
      install(buildArcGeometry([]));
      built = next.then((geometryBuilt) => {
        if (current === generation) install(geometryBuilt);
      });
    },

    async settled() {
      // A setArcs while waiting replaces what is awaited: wait for the latest arcs.
      for (;;) {
        const current = generation;
        await built;
        await whenDrawn();
        if (current === generation) return;
      }
    },

    setMask(mask) {
      inputMask = mask;
      updateMask();
      updateRuns();
    },

    setYearWindow(from, to, includeUnknown) {
      if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`invalid year window: ${from}..${to}`);
      yearWindow = { from, to, includeUnknown };
      updateRuns();
    },

    setFocus(next) {
      focus = cityRef(next);
      repaint();
    },

    setHover(next) {
      hover = cityRef(next);
      repaint();
    },

    setGrow(year, progress) {
      const p = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 1;
      grow = year === null || !Number.isFinite(year) ? { year: NO_GROW_YEAR, progress: 1 } : { year, progress: p };
      repaint();
    },

    setStyleTransform(transform) {
      styleTransform = transform;
      repaint();
    },

    drawnCount() {
      return failure === null ? count : 0;
    },
  };
  return layer;
}
