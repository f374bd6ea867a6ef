import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import type { Tour, TourCamera, TourStep } from '../state/tour/tour';
import { moveTourStep, type TourMove, type TourPosition } from '../state/tour/tourPosition';
import { tourStepPatch } from '../state/tour/tourStepPatch';

/** Options of `createTourPlayer`. */
export interface TourPlayerOptions {
  store: Store<AtlasState>;
  tour: Tour;
  /** Moves the map to a step's camera: a smooth flight when `animate`, a jump otherwise. */
  moveCamera(camera: TourCamera, animate: boolean): void;
  /** Applies what the store does not hold yet: the step's home city and filters. */
  applyExtras?(step: TourStep): void;
  /** `prefers-reduced-motion`: steps jump instead of flying. */
  reducedMotion?: boolean;
}

/** Walks through a tour: each step sets the store, the camera and the extras. */
export interface TourPlayer {
  position(): TourPosition;
  /** Shows step `index` (clamped to the tour). */
  go(index: number): void;
  /** Next, previous, first or last, as the presenter keys ask; stops at the ends. */
  move(move: TourMove): void;
  /** Calls `listener` after each step shown; returns the unsubscriber. */
  subscribe(listener: (position: TourPosition) => void): () => void;
}

/**
 * Creates a tour player; nothing is shown until `go` or `move` is called (the shell calls `go(0)`).
 * The first step shown jumps; later ones fly unless motion is reduced.
 */
export function createTourPlayer(options: TourPlayerOptions): TourPlayer {
  const { store, tour } = options;
  const steps = tour.steps.length;
  let step = 0;
  let shown = false;
  const listeners = new Set<(position: TourPosition) => void>();
  const position = (): TourPosition => ({ id: tour.id, step, steps });

  const go = (index: number): void => {
    const next = Math.min(steps - 1, Math.max(0, Math.floor(index)));
    const data = tour.steps[next];
    if (!data) return;
    step = next;
    store.set(tourStepPatch(data));
    options.applyExtras?.(data);
    if (data.camera) options.moveCamera(data.camera, shown && !options.reducedMotion);
    shown = true;
    const now = position();
    for (const listener of [...listeners]) listener(now);
  };

  return {
    position,
    go,
    move: (move) => go(moveTourStep(step, steps, move)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
