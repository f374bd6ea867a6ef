import type { Scheduler } from '../timeline/scheduler';

/** How long the kiosk waits without input before it starts over: one minute. */
export const KIOSK_IDLE_MS = 60_000;

/** `playing`: steps advance by themselves; `paused`: someone is using the atlas; `stopped`: not started or destroyed. */
export type KioskPhase = 'playing' | 'paused' | 'stopped';

/** What the kiosk is doing, for the test hook and the shell. */
export interface KioskState {
  phase: KioskPhase;
  /** The step shown (as far as the kiosk knows; see `Kiosk.userStep`). */
  step: number;
  steps: number;
  /** How many times it has started over after an idle pause. */
  restarts: number;
}

/** Options of `createKiosk`. */
export interface KioskOptions {
  /** Number of steps in the loop (tour steps, or timeline years); at least 1. */
  steps: number;
  /** How long step `index` stays up while playing. */
  durationMs(index: number): number;
  /** Shows step `index` (the shell applies the tour step or the year). */
  show(index: number): void;
  scheduler: Scheduler;
  /** Milliseconds without input before starting over; defaults to `KIOSK_IDLE_MS` (tests pass less). */
  idleMs?: number;
}

/** Loops steps unattended; input pauses it, and after `idleMs` of quiet it starts over from step 0. */
export interface Kiosk {
  /** Shows step 0 and plays. */
  start(): void;
  /** Any user input (key, pointer, wheel, touch): pauses, and restarts the idle countdown. */
  input(): void;
  /** The user moved to step `index` by hand: counts as input, and the kiosk remembers the step. */
  userStep(index: number): void;
  state(): KioskState;
  /** Calls `listener` after every change of state; returns the unsubscriber. */
  subscribe(listener: (state: KioskState) => void): () => void;
  /** Stops every timer for good. */
  destroy(): void;
}

/** Creates a kiosk loop on an injected scheduler (the browser's in the app, a manual one in tests). */
export function createKiosk(options: KioskOptions): Kiosk {
  const { scheduler } = options;
  const steps = Math.max(1, Math.floor(options.steps));
  const idleMs = options.idleMs ?? KIOSK_IDLE_MS;
  let phase: KioskPhase = 'stopped';
  let step = 0;
  let restarts = 0;
  let advanceHandle: number | null = null;
  let idleHandle: number | null = null;
  const listeners = new Set<(state: KioskState) => void>();

  const snapshot = (): KioskState => ({ phase, step, steps, restarts });
  const notify = (): void => {
    const state = snapshot();
    for (const listener of [...listeners]) listener(state);
  };
  const clear = (): void => {
    if (advanceHandle !== null) scheduler.clearTimeout(advanceHandle);
    if (idleHandle !== null) scheduler.clearTimeout(idleHandle);
    advanceHandle = null;
    idleHandle = null;
  };

  const showAndWait = (index: number): void => {
    step = index;
    options.show(index);
    const duration = options.durationMs(index);
    advanceHandle = scheduler.setTimeout(advance, Number.isFinite(duration) && duration > 0 ? duration : idleMs);
    notify();
  };

  function advance(): void {
    advanceHandle = null;
    if (phase === 'playing') showAndWait((step + 1) % steps);
  }

  const play = (): void => {
    clear();
    phase = 'playing';
    showAndWait(0);
  };

  const pause = (): void => {
    if (phase === 'stopped') return;
    clear();
    const changed = phase !== 'paused';
    phase = 'paused';
    idleHandle = scheduler.setTimeout(() => {
      idleHandle = null;
      restarts++;
      play();
    }, idleMs);
    if (changed) notify();
  };

  return {
    start: play,
    input: pause,
    userStep(index) {
      if (phase === 'stopped') return;
      step = Math.min(steps - 1, Math.max(0, Math.floor(index)));
      pause();
      notify();
    },
    state: snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      clear();
      phase = 'stopped';
      notify();
      listeners.clear();
    },
  };
}
