/**
 * A small seeded pseudo-random generator (mulberry32), so that the synthetic datasets are the same
 * bytes on every machine and every run.
 */

/** A seeded source of numbers in [0, 1) with the helpers the generator needs. */
export interface Random {
  /** Next number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A normally distributed number (Box–Muller), mean 0 and standard deviation 1. */
  normal(): number;
}

/** Creates a generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('invalid pick: empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    normal() {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

/**
 * Picks an index with probability proportional to its weight, in O(log n) per pick after an
 * O(n) setup. Weights must be finite and not negative, with a positive sum.
 */
export function createWeightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`invalid weight: ${w}`);
    total += w;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new Error('invalid weights: the sum is not positive');
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
