/**
 * `window.__bench` on the globe.gl page: the hooks of src/testing/benchHook.ts measured on a
 * globe.gl globe instead of a MapLibre map. globe.gl draws in an animation loop of its own (every
 * animation frame, changed or not); while a hook measures, that loop is paused and the hook draws
 * the frames itself, the way the loop does (the post-processing composer's render), so that no
 * frame of the loop falls inside a measurement. Every figure waits for the GPU with a one-pixel
 * `readPixels`, as in src/testing/frameProbe.ts.
 */
import type { GlobeInstance } from 'globe.gl';
import type { BenchHook } from './benchHook';

/** What the hooks need from the page. */
export interface GlobeGlHookDeps {
  globe: GlobeInstance;
  /** Resolves when the dataset is loaded and globe.gl has built its arcs. */
  ready: Promise<void>;
  pairings(): number;
  drawnArcs(): number;
  /** Applies a year window to the arcs; resolves once globe.gl has rebuilt them (its update ran). */
  setYearWindow(from: number, to: number): Promise<void>;
}

/** The parts of WebGL2 the GPU wait uses. */
interface PixelReader {
  readPixels(x: number, y: number, w: number, h: number, format: number, type: number, out: Uint8Array): void;
  RGBA: number;
  UNSIGNED_BYTE: number;
}

/** Blocks until the GPU has finished every command issued so far on globe.gl's canvas. */
function finishGpu(globe: GlobeInstance): void {
  const gl = globe.renderer().getContext() as PixelReader;
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

/** Draws one frame as globe.gl's animation loop does. */
function drawFrame(globe: GlobeInstance): void {
  globe.postProcessingComposer().render();
}

/** Runs `measure` with globe.gl's own animation loop paused. */
async function paused<T>(globe: GlobeInstance, measure: () => T | Promise<T>): Promise<T> {
  globe.pauseAnimation();
  try {
    return await measure();
  } finally {
    globe.resumeAnimation();
  }
}

/** Turns the camera east by `step` degrees per finished frame for `durationMs`; frames per second. */
function rotate(globe: GlobeInstance, durationMs: number, step = 1): Promise<number> {
  if (!(durationMs > 0)) throw new Error(`invalid durationMs: ${durationMs}`);
  const home = globe.pointOfView();
  return new Promise((resolve) => {
    let frames = 0;
    finishGpu(globe);
    const start = performance.now();
    const frame = (): void => {
      globe.pointOfView({ lat: home.lat, lng: home.lng + (frames + 1) * step, altitude: home.altitude }, 0);
      drawFrame(globe);
      finishGpu(globe);
      frames++;
      const elapsed = performance.now() - start;
      if (elapsed >= durationMs) {
        globe.pointOfView(home, 0);
        resolve((frames * 1000) / elapsed);
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Installs `window.__bench` for a globe.gl page. */
export function installGlobeGlHook(deps: GlobeGlHookDeps): BenchHook {
  const { globe } = deps;
  const changeToFrame = (from: number, to: number): Promise<number> =>
    paused(globe, async () => {
      finishGpu(globe);
      const start = performance.now();
      await deps.setYearWindow(from, to);
      drawFrame(globe);
      finishGpu(globe);
      return performance.now() - start;
    });
  const hook: BenchHook = {
    mode: 'globegl',
    async idle() {
      await deps.ready;
      await paused(globe, () => {
        drawFrame(globe);
        finishGpu(globe);
      });
    },
    pairings: () => deps.pairings(),
    drawnArcs: () => deps.drawnArcs(),
    async renderFrame() {
      await deps.ready;
      return paused(globe, () => {
        finishGpu(globe);
        const start = performance.now();
        drawFrame(globe);
        finishGpu(globe);
        return performance.now() - start;
      });
    },
    async yearChangeFrame(from, to) {
      await deps.ready;
      return changeToFrame(from, to);
    },
    // globe.gl has nothing to re-tile: once its arcs are rebuilt and drawn, the globe is settled.
    async yearChangeIdle(from, to) {
      await deps.ready;
      return changeToFrame(from, to);
    },
    async rotate(durationMs) {
      await deps.ready;
      return paused(globe, () => rotate(globe, durationMs));
    },
  };
  window.__bench = hook;
  return hook;
}
