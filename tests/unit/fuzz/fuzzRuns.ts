/**
 * Sizes of the property tests. `npm test` runs the base counts (10,000 cases in all); `npm run fuzz`
 * sets FUZZ_SCALE (default there: 20) to run many more.
 */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? '1') || 1);

/** The number of generated cases for a property whose base count is `base`. */
export function fuzzRuns(base: number): number {
  return Math.round(base * SCALE);
}

/**
 * The longest one generated input may take, in ms. Generous, because the machine is shared; a
 * parser that goes quadratic or loops on some input takes seconds and fails.
 */
export const MAX_MS_PER_INPUT = 1500;

/** Vitest timeout of a property of `base` cases, scaled with FUZZ_SCALE. */
export function fuzzTimeout(base: number): number {
  return 60_000 * SCALE + base * 20 * SCALE;
}

/** Runs `fn`, and returns its value with the time it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Awaits `fn`, and returns its value with the time it took. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}
