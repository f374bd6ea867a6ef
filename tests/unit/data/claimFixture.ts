import type { YearClaim } from '../../../src/data/schema';

/** A year claim with defaults, for tests. */
export function claim(year: number, overrides: Partial<YearClaim> = {}): YearClaim {
  return {
    year,
    date: String(year),
    kind: 'signing',
    reliability: 'news',
    url: '',
    title: '',
    note: '',
    ...overrides,
  };
}
