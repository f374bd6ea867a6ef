import { describe, expect, it } from 'vitest';
import { jumpYears, stepYears } from '../../../src/timeline/yearSteps';

const EXTENT = { first: 1973, last: 2026, hasDated: true };

describe('stepYears', () => {
  it('stepYears(cumulative, ±1, extent) moves the end year and stops at the axis ends', () => {
    expect(stepYears({ mode: 'cumulative', yearFrom: 1973, yearTo: 1990 }, 1, EXTENT)).toEqual({ yearFrom: 1973, yearTo: 1991 });
    expect(stepYears({ mode: 'cumulative', yearFrom: 1973, yearTo: 2026 }, 1, EXTENT).yearTo).toBe(2026);
    expect(stepYears({ mode: 'cumulative', yearFrom: 1973, yearTo: 1973 }, -1, EXTENT).yearTo).toBe(1973);
  });

  it('stepYears(range, ±1, extent) slides the window and keeps its width', () => {
    expect(stepYears({ mode: 'range', yearFrom: 1979, yearTo: 1985 }, 1, EXTENT)).toEqual({ yearFrom: 1980, yearTo: 1986 });
    expect(stepYears({ mode: 'range', yearFrom: 2020, yearTo: 2026 }, 1, EXTENT)).toEqual({ yearFrom: 2020, yearTo: 2026 });
  });

  it('stepYears(state, delta, extent) brings years from outside the axis back onto it', () => {
    expect(stepYears({ mode: 'cumulative', yearFrom: 1800, yearTo: 3000 }, -1, EXTENT)).toEqual({ yearFrom: 1800, yearTo: 2025 });
    expect(stepYears({ mode: 'range', yearFrom: 1800, yearTo: 1801 }, 1, EXTENT)).toEqual({ yearFrom: 1974, yearTo: 1975 });
  });
});

describe('jumpYears', () => {
  it('jumpYears(state, to, extent) goes to the first or last year', () => {
    expect(jumpYears({ mode: 'cumulative', yearFrom: 1973, yearTo: 1990 }, 'start', EXTENT).yearTo).toBe(1973);
    expect(jumpYears({ mode: 'cumulative', yearFrom: 1973, yearTo: 1990 }, 'end', EXTENT).yearTo).toBe(2026);
    expect(jumpYears({ mode: 'range', yearFrom: 1990, yearTo: 1995 }, 'end', EXTENT)).toEqual({ yearFrom: 2021, yearTo: 2026 });
  });
});
