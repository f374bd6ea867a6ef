import type { Scheduler } from '../../../src/timeline/scheduler';

/** A scheduler driven by the test: time moves only when `advance` is called. */
export interface ManualScheduler extends Scheduler {
  /** Moves the clock by `ms`, running due timeouts in order and one frame every 16 ms. */
  advance(ms: number): void;
  /** Runs timeouts only, as when the page draws no frames. */
  advanceWithoutFrames(ms: number): void;
  pending(): number;
}

/** Creates a manual scheduler starting at time 0. */
export function createManualScheduler(): ManualScheduler {
  let now = 0;
  let nextId = 1;
  const timeouts = new Map<number, { at: number; callback: () => void }>();
  const frames = new Map<number, () => void>();

  const runTimeoutsUntil = (time: number): void => {
    for (;;) {
      let dueId = -1;
      let dueAt = Number.POSITIVE_INFINITY;
      for (const [id, entry] of timeouts) {
        if (entry.at <= time && entry.at < dueAt) {
          dueId = id;
          dueAt = entry.at;
        }
      }
      if (dueId < 0) break;
      const entry = timeouts.get(dueId);
      timeouts.delete(dueId);
      now = Math.max(now, dueAt);
      entry?.callback();
    }
    now = time;
  };

  const step = (ms: number, withFrames: boolean): void => {
    const end = now + ms;
    while (now < end) {
      const next = Math.min(end, now + 16);
      runTimeoutsUntil(next);
      if (withFrames) {
        const due = [...frames.values()];
        frames.clear();
        for (const callback of due) callback();
      }
    }
  };

  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      timeouts.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout: (handle) => void timeouts.delete(handle),
    requestFrame(callback) {
      const id = nextId++;
      frames.set(id, callback);
      return id;
    },
    cancelFrame: (handle) => void frames.delete(handle),
    now: () => now,
    advance: (ms) => step(ms, true),
    advanceWithoutFrames: (ms) => step(ms, false),
    pending: () => timeouts.size + frames.size,
  };
}
