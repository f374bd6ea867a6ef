import { selectPool } from '../state/pool';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { selectYearExtent, type YearExtent } from './bins';
import { createBrowserScheduler, type Scheduler } from './scheduler';
import { jumpYears, stepYears } from './yearSteps';

/** Milliseconds per year at speed 1. */
export const YEAR_MS = 700;

/** The speeds offered by the controls. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** Longest grow animation of a year's new arcs, in milliseconds. */
export const GROW_MS = 520;

/** Options of `createPlayer`. */
export interface PlayerOptions {
  /** Last year of the axis; defaults to this year. */
  currentYear?: number;
  /** Timers; defaults to the browser's. */
  scheduler?: Scheduler;
  /** Milliseconds per year at speed 1; defaults to `YEAR_MS`. */
  yearMs?: number;
  /** Whether motion is reduced (`prefers-reduced-motion`): years then appear whole, without the grow animation. */
  reducedMotion?(): boolean;
}

/** Plays the network's growth year by year through the store. */
export interface Player {
  /**
   * Plays in cumulative mode from the first year, or on from the shown year when the window ends
   * before the last year (as after a pause). Sets every year in turn, never skipping one. Ties of
   * unknown year are switched off when a play starts: they have no place in the story. Resolves
   * when the play has shown the last year, or when it is paused or stopped.
   */
  play(): Promise<void>;
  /** Stops at the shown year. */
  pause(): void;
  /** Plays when paused, pauses when playing. */
  toggle(): void;
  /** Pauses and moves the window one year back. */
  stepBack(): void;
  /** Pauses and moves the window one year forward. */
  stepForward(): void;
  /** Pauses and moves the window to the first or last year. */
  jump(to: 'start' | 'end'): void;
  /** Stops for good and lets go of the store. */
  destroy(): void;
}

/** A speed the player accepts: 0.5 to 4, 1 when not a number. */
export function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.min(4, Math.max(0.5, speed)) : 1;
}

/** Creates the player. One per store: two players would both advance the year. */
export function createPlayer(store: Store<AtlasState>, options: PlayerOptions = {}): Player {
  const scheduler = options.scheduler ?? createBrowserScheduler();
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const yearMs = options.yearMs ?? YEAR_MS;
  let running = false;
  let destroyed = false;
  let year = 0;
  let extent: YearExtent = selectYearExtent([], currentYear);
  let tickHandle: number | null = null;
  let frameHandle: number | null = null;
  let writing = false;
  let waiting: (() => void)[] = [];

  const write = (patch: Partial<AtlasState>): void => {
    writing = true;
    try {
      store.set(patch);
    } finally {
      writing = false;
    }
  };

  const settle = (): void => {
    const resolvers = waiting;
    waiting = [];
    for (const resolve of resolvers) resolve();
  };

  const halt = (): void => {
    running = false;
    if (tickHandle !== null) scheduler.clearTimeout(tickHandle);
    if (frameHandle !== null) scheduler.cancelFrame(frameHandle);
    tickHandle = null;
    frameHandle = null;
  };

  const stopped: Partial<AtlasState> = { playing: false, growYear: null, growProgress: 1 };

  const stop = (): void => {
    halt();
    write(stopped);
    settle();
  };

  const interval = (): number => yearMs / clampSpeed(store.get().speed);

  const grow = (): void => {
    const start = scheduler.now();
    const duration = Math.min(GROW_MS, interval() * 0.8);
    const frame = (): void => {
      frameHandle = null;
      if (!running) return;
      const progress = Math.min(1, (scheduler.now() - start) / duration);
      write({ growProgress: progress });
      if (progress < 1) frameHandle = scheduler.requestFrame(frame);
    };
    if (frameHandle !== null) scheduler.cancelFrame(frameHandle);
    frameHandle = scheduler.requestFrame(frame);
  };

  const show = (next: number, extra: Partial<AtlasState> = {}): void => {
    year = next;
    const still = options.reducedMotion?.() ?? false;
    write({ ...extra, playing: true, mode: 'cumulative', yearTo: next, growYear: still ? null : next, growProgress: still ? 1 : 0 });
    if (!still) grow();
    tickHandle = scheduler.setTimeout(advance, interval());
  };

  function advance(): void {
    tickHandle = null;
    if (!running) return;
    if (year < extent.last) {
      show(year + 1);
      return;
    }
    settle();
    if (store.get().loop) show(extent.first);
    else stop();
  }

  const play = (): Promise<void> => {
    if (destroyed) return Promise.resolve();
    const done = new Promise<void>((resolve) => waiting.push(resolve));
    if (running) return done;
    const state = store.get();
    // The pool's years: with a city selected (or filters), Play tells that story from its first tie.
    extent = selectYearExtent(selectPool(state).pairings, currentYear);
    if (!extent.hasDated) {
      if (state.playing) write(stopped);
      settle();
      return done;
    }
    const resume = state.mode === 'cumulative' && state.yearTo >= extent.first && state.yearTo < extent.last;
    running = true;
    show(resume ? state.yearTo + 1 : extent.first, { includeUnknown: false });
    return done;
  };

  const pause = (): void => {
    if (running) stop();
    else {
      const state = store.get();
      if (state.playing || state.growYear !== null) write(stopped);
      settle();
    }
  };

  const move = (patch: (state: AtlasState, extent: YearExtent) => Partial<AtlasState>): void => {
    pause();
    const state = store.get();
    write(patch(state, selectYearExtent(selectPool(state).pairings, currentYear)));
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (writing || destroyed) return;
    if (running) {
      const ours = state.playing && state.mode === 'cumulative' && state.yearTo === year && state.dataset === previous.dataset;
      if (ours) return;
      // Someone else moved the years, paused or loaded data: stop, and tidy the store once they are done.
      halt();
      settle();
      queueMicrotask(() => {
        const now = store.get();
        if (!running && (now.playing || now.growYear !== null || now.growProgress !== 1)) write(stopped);
      });
    } else if (state.playing && !previous.playing) {
      queueMicrotask(() => {
        if (!running && !destroyed && store.get().playing) void play();
      });
    }
  });

  return {
    play,
    pause,
    toggle: () => (running ? pause() : void play()),
    stepBack: () => move((state, ext) => stepYears(state, -1, ext)),
    stepForward: () => move((state, ext) => stepYears(state, 1, ext)),
    jump: (to) => move((state, ext) => jumpYears(state, to, ext)),
    destroy() {
      if (destroyed) return;
      if (running) stop();
      destroyed = true;
      settle();
      unsubscribe();
    },
  };
}
