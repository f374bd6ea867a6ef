import type { Scheduler } from '../timeline/scheduler';

/** Tells when input stops for a while and when it resumes (presenter mode hides the cursor meanwhile). */
export interface IdleTimer {
  /** Call on every input (pointer move, key): ends an idle spell and restarts the countdown. */
  activity(): void;
  idle(): boolean;
  destroy(): void;
}

/** How long the pointer may rest before presenter mode hides it. */
export const CURSOR_IDLE_MS = 2500;

/** Creates an idle timer on an injected scheduler; `onChange(true)` after `ms` without activity, `onChange(false)` on the next. */
export function createIdleTimer(scheduler: Scheduler, ms: number, onChange: (idle: boolean) => void): IdleTimer {
  let idle = false;
  let handle: number | null = null;
  let destroyed = false;
  const arm = (): void => {
    if (handle !== null) scheduler.clearTimeout(handle);
    handle = scheduler.setTimeout(() => {
      handle = null;
      idle = true;
      onChange(true);
    }, ms);
  };
  arm();
  return {
    activity() {
      if (destroyed) return;
      if (idle) {
        idle = false;
        onChange(false);
      }
      arm();
    },
    idle: () => idle,
    destroy() {
      destroyed = true;
      if (handle !== null) scheduler.clearTimeout(handle);
      handle = null;
    },
  };
}
