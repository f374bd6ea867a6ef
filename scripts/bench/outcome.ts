/**
 * Measured values that may have timed out, and the statistics the report takes of them: a
 * measurement that did not finish in its time limit is kept as an explicit marker, never dropped
 * and never turned into a made-up number.
 */

/** A measurement cut off by its time limit. */
export interface TimedOut {
  timedOut: true;
  /** The limit that was hit, in milliseconds. */
  limitMs: number;
  /** The step that hit it: this measurement, or an earlier one that made it impossible. */
  step: string;
}

/** A measured number, or the marker of a timeout. */
export type Outcome = number | TimedOut;

/** Which way a metric improves; a timeout counts as the worst value. */
export type Better = 'lower' | 'higher';

/** The marker for a step that hit `limitMs`. */
export function timedOut(step: string, limitMs: number): TimedOut {
  return { timedOut: true, limitMs, step };
}

/** Whether an outcome is a timeout marker. */
export function isTimedOut(value: Outcome): value is TimedOut {
  return typeof value === 'object';
}

/**
 * The median of a list of outcomes. Timeouts sort as the worst values (slowest or fewest frames),
 * so a median that lands on one is a timeout. An even count averages the two middle numbers.
 */
export function medianOutcome(values: readonly Outcome[], better: Better): Outcome {
  if (values.length === 0) throw new Error('invalid median: no values');
  const numbers = values.filter((v): v is number => !isTimedOut(v)).sort((a, b) => a - b);
  const timeouts = values.filter(isTimedOut);
  const ordered: Outcome[] = better === 'lower' ? [...numbers, ...timeouts] : [...timeouts, ...numbers];
  const mid = ordered.length / 2;
  if (ordered.length % 2 === 1) return ordered[Math.floor(mid)] as Outcome;
  const a = ordered[mid - 1] as Outcome;
  const b = ordered[mid] as Outcome;
  if (isTimedOut(a)) return a;
  if (isTimedOut(b)) return b;
  return (a + b) / 2;
}

/** The median of plain numbers. */
export function median(values: readonly number[]): number {
  const m = medianOutcome(values, 'lower');
  if (isTimedOut(m)) throw new Error('invalid median: unreachable timeout');
  return m;
}

/**
 * `a / b` when both are numbers. With a timeout on one side the ratio is only bounded: the result
 * says which way, e.g. `{ atLeast: 12 }` when a slow `a` timed out after 60 s and `b` took 5 s.
 */
export type Ratio = number | { atLeast: number } | { atMost: number } | null;

/**
 * The ratio of two outcomes of a metric where `better` tells how a timeout bounds it: a time
 * beyond its limit, a frame rate below one frame per limit. A metric that is neither (memory) has
 * no bound from a timeout: pass `bounded` false and a timeout gives null.
 */
export function ratioOf(a: Outcome | undefined, b: Outcome | undefined, better: Better, bounded = true): Ratio {
  if (a === undefined || b === undefined) return null;
  if (!isTimedOut(a) && !isTimedOut(b)) return b === 0 ? null : a / b;
  if (!bounded || (isTimedOut(a) && isTimedOut(b))) return null;
  // A timed-out time is more than its limit; a timed-out frame rate is less than one frame per limit.
  if (isTimedOut(a)) {
    const bound = better === 'lower' ? a.limitMs : 1000 / a.limitMs;
    return better === 'lower' ? { atLeast: bound / (b as number) } : { atMost: bound / (b as number) };
  }
  const bound = better === 'lower' ? (b as TimedOut).limitMs : 1000 / (b as TimedOut).limitMs;
  return better === 'lower' ? { atMost: (a as number) / bound } : { atLeast: (a as number) / bound };
}

/**
 * Resolves with the promise's value, or with a timeout marker once `limitMs` has passed (the work
 * itself is not cancelled: the caller closes the page that runs it).
 */
export async function withTimeout<T>(promise: Promise<T>, limitMs: number, step: string): Promise<T | TimedOut> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<TimedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut(step, limitMs)), limitMs);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}
