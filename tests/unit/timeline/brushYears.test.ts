import { describe, expect, it } from 'vitest';
import { brushPatch, displayedWindow, selectionToYears } from '../../../src/timeline/brushYears';

const EXTENT = { first: 1973, last: 2026, hasDated: true };

describe('selectionToYears', () => {
  it('selectionToYears(start, end, extent) selects exactly the years whose bars are covered', () => {
    expect(selectionToYears(1978.5, 1979.5, EXTENT)).toEqual({ from: 1979, to: 1979 });
    expect(selectionToYears(1978.7, 1985.2, EXTENT)).toEqual({ from: 1979, to: 1985 });
    expect(selectionToYears(1978.3, 1985.7, EXTENT)).toEqual({ from: 1979, to: 1985 });
  });

  it('selectionToYears(start, end, extent) selects the middle year of a narrow brush', () => {
    expect(selectionToYears(1979.1, 1979.3, EXTENT)).toEqual({ from: 1979, to: 1979 });
  });

  it('selectionToYears(start, end, extent) stays on the axis', () => {
    expect(selectionToYears(1960, 2040, EXTENT)).toEqual({ from: 1973, to: 2026 });
  });
});

describe('displayedWindow', () => {
  it('displayedWindow(cumulative, extent) runs from the first year', () => {
    expect(displayedWindow({ mode: 'cumulative', yearFrom: 1985, yearTo: 1990 }, EXTENT)).toEqual({ from: 1973, to: 1990 });
  });

  it('displayedWindow(range, extent) clips to the axis and is null when wholly outside', () => {
    expect(displayedWindow({ mode: 'range', yearFrom: 1960, yearTo: 1980 }, EXTENT)).toEqual({ from: 1973, to: 1980 });
    expect(displayedWindow({ mode: 'range', yearFrom: 1900, yearTo: 1950 }, EXTENT)).toBeNull();
  });
});

describe('brushPatch', () => {
  it('brushPatch(range, mode, extent) keeps cumulative mode for a brush from the first year', () => {
    expect(brushPatch({ from: 1973, to: 1990 }, 'cumulative', EXTENT)).toEqual({ mode: 'cumulative', yearFrom: 1973, yearTo: 1990 });
  });

  it('brushPatch(range, "cumulative", extent) keeps cumulative mode for any brush, up to its end', () => {
    expect(brushPatch({ from: 1979, to: 1985 }, 'cumulative', EXTENT)).toEqual({ mode: 'cumulative', yearFrom: 1973, yearTo: 1985 });
  });

  it('brushPatch(range, "range", extent) selects the brushed founding years in range mode', () => {
    expect(brushPatch({ from: 1979, to: 1979 }, 'range', EXTENT)).toEqual({ mode: 'range', yearFrom: 1979, yearTo: 1979 });
    expect(brushPatch({ from: 1973, to: 1979 }, 'range', EXTENT)).toEqual({ mode: 'range', yearFrom: 1973, yearTo: 1979 });
  });
});
