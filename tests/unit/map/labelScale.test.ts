import { describe, expect, it } from 'vitest';
import { scaleTextSize, smallestTextSize } from '../../../src/map/labelScale';

describe('scaleTextSize', () => {
  it('scaleTextSize(interpolate, 2) doubles the output stops and keeps the zoom stops', () => {
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 1, 11, 5, 13], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 1, 22, 5, 26]);
  });

  it('scaleTextSize(step, 3) multiplies the base and every output, not the zoom stops', () => {
    expect(scaleTextSize(['step', ['zoom'], 10, 4, 12], 3)).toEqual(['step', ['zoom'], 30, 4, 36]);
  });

  it('scaleTextSize(number, 1.5) multiplies a plain size and leaves other expressions alone', () => {
    expect(scaleTextSize(12, 1.5)).toBe(18);
    expect(scaleTextSize(['get', 'size'], 2)).toEqual(['get', 'size']);
  });
});

describe('smallestTextSize', () => {
  it('smallestTextSize(interpolate) is its smallest output stop; unknown expressions give null', () => {
    expect(smallestTextSize(['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 6, 14])).toBe(10);
    expect(smallestTextSize(['get', 'size'])).toBeNull();
  });
});
