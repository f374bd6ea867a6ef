/** Timers the player runs on; tests pass a manual one so that no test sleeps. */
export interface Scheduler {
  /** Calls `callback` after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  /** Calls `callback` before the next frame; returns a handle for `cancelFrame`. */
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

/** The browser's timers: `setTimeout`, `requestAnimationFrame` and `performance.now`. */
export function createBrowserScheduler(): Scheduler {
  return {
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
    requestFrame: (callback) => window.requestAnimationFrame(() => callback()),
    cancelFrame: (handle) => window.cancelAnimationFrame(handle),
    now: () => performance.now(),
  };
}
