/**
 * Frame timing probes for outside checks (the test hook and the benchmark page): one frame, a change
 * to its next frame or to the map settling, frames per second while the globe turns and while something animates. Every
 * probe waits for the GPU with a one-pixel `readPixels`, so a frame counts only once it is drawn.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Options of {@link measureRotation}. */
export interface RotationOptions {
  /** How long to keep turning, in milliseconds; the frame running at the end is finished and counted. */
  durationMs: number;
  /** Longitude step of the map's centre per frame, in degrees. Default 1. */
  degreesPerFrame?: number;
}

/** Blocks until the GPU has finished every command issued so far on the map's canvas. */
export function finishGpu(map: MapLibreMap): void {
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

/** Forces one synchronous repaint and returns its milliseconds, GPU work included. */
export function timeFrame(map: MapLibreMap): number {
  return timeChangeToFrame(map, () => undefined);
}

/**
 * Runs `change` (a year filter, say), then forces the next frame; returns the milliseconds from the
 * change to that frame being finished on the GPU.
 */
export function timeChangeToFrame(map: MapLibreMap, change: () => void): number {
  finishGpu(map);
  const start = performance.now();
  change();
  map.redraw();
  finishGpu(map);
  return performance.now() - start;
}

/**
 * Resolves when the map is next idle, counting what was changed before the call: the atlas sends
 * some of a change to the map at the next animation frame (the city points' sizes, see
 * applyState.ts), so the map is first asked for idle after that frame, by when the city source is
 * loading again.
 */
export function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  });
}

/**
 * Runs `change`, then waits for the map to be idle again (every source re-tiled, the frame drawn)
 * and for the GPU; resolves with the milliseconds from the change.
 */
export async function timeChangeToIdle(map: MapLibreMap, change: () => void): Promise<number> {
  finishGpu(map);
  const start = performance.now();
  change();
  await nextIdle(map);
  finishGpu(map);
  return performance.now() - start;
}

/**
 * Turns the globe: each rendered frame moves the centre east by a fixed step and asks for the next
 * frame, until `durationMs` has passed. Resolves with the frames per second; the view is put back.
 */
export function measureRotation(map: MapLibreMap, options: RotationOptions): Promise<number> {
  const step = options.degreesPerFrame ?? 1;
  if (!(options.durationMs > 0)) throw new Error(`invalid durationMs: ${options.durationMs}`);
  const home = map.getCenter();
  return new Promise((resolve) => {
    let frames = 0;
    let start = 0;
    const onRender = (): void => {
      finishGpu(map);
      frames++;
      const elapsed = performance.now() - start;
      if (elapsed >= options.durationMs) {
        map.off('render', onRender);
        map.jumpTo({ center: home });
        resolve((frames * 1000) / elapsed);
        return;
      }
      map.jumpTo({ center: [home.lng + frames * step, home.lat] });
    };
    finishGpu(map);
    map.on('render', onRender);
    start = performance.now();
    map.jumpTo({ center: [home.lng + step, home.lat] });
  });
}

/**
 * Counts the frames the map renders while `run` is pending and resolves with frames per second
 * over that time (0 when nothing was drawn).
 */
export async function measureFrameRate(map: MapLibreMap, run: () => Promise<void>): Promise<number> {
  let frames = 0;
  const onRender = (): void => {
    finishGpu(map);
    frames++;
  };
  map.on('render', onRender);
  const start = performance.now();
  try {
    await run();
  } finally {
    map.off('render', onRender);
  }
  const elapsed = performance.now() - start;
  return elapsed > 0 ? (frames * 1000) / elapsed : 0;
}
