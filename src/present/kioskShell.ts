import type { PresenterCamera } from '../map/presenterCamera';
import { createBrowserScheduler } from '../timeline/scheduler';
import { prefersReducedMotion } from '../ui/reducedMotion';
import { createKiosk, type Kiosk } from './kiosk';

/** Degrees of longitude the kiosk turns the globe per second while a step stays up. */
export const KIOSK_TURN_DEG_PER_S = 1.5;

/** Options of `startKiosk`. */
export interface KioskShellOptions {
  steps: number;
  durationMs(index: number): number;
  show(index: number): void;
  camera: PresenterCamera | null;
  idleMs?: number;
}

const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Runs a kiosk loop on the page: any key, pointer movement, click, touch or wheel pauses it (and restarts the idle
 * countdown), and while it plays the globe turns slowly unless motion is reduced. Nothing grows while
 * it runs for hours: one loop of timers, one animation frame at a time, fixed listeners.
 */
export function startKiosk(options: KioskShellOptions): { kiosk: Kiosk; destroy(): void } {
  const scheduler = createBrowserScheduler();
  const kiosk = createKiosk({ steps: options.steps, durationMs: options.durationMs, show: options.show, scheduler, idleMs: options.idleMs });
  const onInput = (): void => kiosk.input();
  for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });

  let frame: number | null = null;
  let last = 0;
  const turn = (): void => {
    frame = null;
    const now = scheduler.now();
    const seconds = Math.min(0.1, (now - last) / 1000);
    last = now;
    const camera = options.camera;
    if (!camera || kiosk.state().phase !== 'playing' || prefersReducedMotion()) return;
    if (!camera.moving()) camera.turn(KIOSK_TURN_DEG_PER_S * seconds);
    frame = scheduler.requestFrame(turn);
  };
  const unsubscribe = kiosk.subscribe((state) => {
    if (state.phase === 'playing' && frame === null && options.camera && !prefersReducedMotion()) {
      last = scheduler.now();
      frame = scheduler.requestFrame(turn);
    }
  });
  kiosk.start();
  return {
    kiosk,
    destroy() {
      unsubscribe();
      if (frame !== null) scheduler.cancelFrame(frame);
      for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
      kiosk.destroy();
    },
  };
}
