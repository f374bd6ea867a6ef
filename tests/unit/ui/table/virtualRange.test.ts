import { describe, expect, test } from 'vitest';
import { visibleRange } from '../../../../src/ui/table/virtualRange';

describe('visibleRange', () => {
  test('visibleRange(scrollTop, height, rowHeight, count) covers the viewport plus the overscan', () => {
    expect(visibleRange(0, 300, 30, 100_000, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRange(3000, 300, 30, 100_000, 5)).toEqual({ first: 95, last: 115 });
  });

  test('visibleRange(scrollTop, height, rowHeight, count) stops at the last row', () => {
    expect(visibleRange(2_999_700, 300, 30, 100_000, 5)).toEqual({ first: 99_985, last: 100_000 });
  });

  test('visibleRange(scrollTop, height, rowHeight, 0) draws nothing', () => {
    expect(visibleRange(0, 300, 30, 0)).toEqual({ first: 0, last: 0 });
  });

  test('visibleRange(scrolled past the end, ...) never returns a reversed range', () => {
    const range = visibleRange(10_000, 300, 30, 10, 2);
    expect(range.first).toBeLessThanOrEqual(range.last);
    expect(range.last).toBe(10);
  });
});
