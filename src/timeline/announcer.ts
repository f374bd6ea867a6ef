import type { Scheduler } from './scheduler';

/** Milliseconds a view must stay unchanged before it is announced: a brush drag or a key held down says it once. */
export const SETTLE_MS = 800;

/** Writes a polite live region only once the view has settled. */
export interface Announcer {
  /**
   * The view changed: its summary is `text()`, asked for only when it is announced. With `busy` (a play in
   * progress) nothing is announced until a later update without it; each update replaces the pending one.
   */
  update(text: () => string, busy: boolean): void;
  /** Drops a pending announcement. */
  destroy(): void;
}

/**
 * Announces view summaries in `el` (a `role="status"` element) SETTLE_MS after the last change, never
 * while a play runs, and never the same text twice in a row, so that a screen reader hears the view a
 * user stops at rather than every year of a play or every step of a drag.
 */
export function createAnnouncer(
  el: Pick<HTMLElement, 'textContent'>,
  scheduler: Pick<Scheduler, 'setTimeout' | 'clearTimeout'>,
  settleMs = SETTLE_MS,
): Announcer {
  let pending: number | null = null;
  const cancel = (): void => {
    if (pending !== null) scheduler.clearTimeout(pending);
    pending = null;
  };
  return {
    update(text, busy) {
      cancel();
      if (busy) return;
      pending = scheduler.setTimeout(() => {
        pending = null;
        const next = text();
        if (next !== el.textContent) el.textContent = next;
      }, settleMs);
    },
    destroy: cancel,
  };
}
