import { describe, expect, test } from 'vitest';
import { median, medianOutcome, ratioOf, timedOut, withTimeout } from '../../../../scripts/bench/outcome';

const slow = timedOut('year change', 60_000);

describe('medianOutcome', () => {
  test('medianOutcome(values) of an odd count is the middle value', () => {
    expect(medianOutcome([5, 1, 3], 'lower')).toBe(3);
  });

  test('medianOutcome(values) of an even count averages the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('medianOutcome(values, lower) counts a timeout as the slowest value', () => {
    expect(medianOutcome([10, slow, 20], 'lower')).toBe(20);
    expect(medianOutcome([10, slow, slow], 'lower')).toEqual(slow);
  });

  test('medianOutcome(values, higher) counts a timeout as the fewest frames', () => {
    expect(medianOutcome([2, slow, 4], 'higher')).toBe(2);
  });

  test('medianOutcome([]) throws', () => {
    expect(() => medianOutcome([], 'lower')).toThrow('invalid median');
  });
});

describe('ratioOf', () => {
  test('ratioOf(a, b) of two numbers divides them', () => {
    expect(ratioOf(6, 4, 'lower')).toBe(1.5);
  });

  test('ratioOf(timeout, b, lower) is bounded below by the limit', () => {
    expect(ratioOf(slow, 1_000, 'lower')).toEqual({ atLeast: 60 });
  });

  test('ratioOf(a, timeout, higher) is bounded below: the baseline drew fewer than one frame per limit', () => {
    expect(ratioOf(3, timedOut('rotation', 10_000), 'higher')).toEqual({ atLeast: 30 });
  });

  test('ratioOf with a missing side or two timeouts is null', () => {
    expect(ratioOf(undefined, 3, 'lower')).toBeNull();
    expect(ratioOf(slow, slow, 'lower')).toBeNull();
  });
});

describe('withTimeout', () => {
  test('withTimeout(promise) resolves with the value when in time', async () => {
    expect(await withTimeout(Promise.resolve(7), 1_000, 'step')).toBe(7);
  });

  test('withTimeout(promise) resolves with a marker once the limit passes', async () => {
    const never = new Promise<number>(() => undefined);
    expect(await withTimeout(never, 5, 'load')).toEqual({ timedOut: true, limitMs: 5, step: 'load' });
  });
});
