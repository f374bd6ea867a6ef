/** A move through a tour, as the presenter keys ask for it. */
export type TourMove = 'next' | 'previous' | 'first' | 'last';

/** Where a tour is: the step shown (0-based) out of `steps`; the test hook reports it with the id. */
export interface TourPosition {
  id: string;
  step: number;
  steps: number;
}

/**
 * The step after a move: next and previous stop at the ends (a clicker pressed once too often does not
 * wrap round to the title), first and last jump. Returns the same index when it cannot move.
 */
export function moveTourStep(step: number, steps: number, move: TourMove): number {
  if (steps <= 0) return 0;
  const last = steps - 1;
  const current = Math.min(last, Math.max(0, Math.floor(step)));
  if (move === 'first') return 0;
  if (move === 'last') return last;
  return Math.min(last, Math.max(0, current + (move === 'next' ? 1 : -1)));
}
