import { describe, expect, test } from 'vitest';
import { createRandom, createWeightedPicker } from '../../../../scripts/bench/random';

describe('createRandom', () => {
  test('createRandom(seed) gives the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  test('createRandom(seed) gives another sequence for another seed', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  test('next() stays in [0, 1)', () => {
    const r = createRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const v = r.next();
      expect(v >= 0 && v < 1).toBe(true);
    }
  });

  test('int(min, max) covers both ends and nothing outside', () => {
    const r = createRandom(3);
    const seen = new Set(Array.from({ length: 2_000 }, () => r.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  test('pick([]) throws', () => {
    expect(() => createRandom(1).pick([])).toThrow('invalid pick');
  });

  test('normal() has a mean near 0 and a deviation near 1', () => {
    const r = createRandom(11);
    const xs = Array.from({ length: 20_000 }, () => r.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe('createWeightedPicker', () => {
  test('createWeightedPicker(weights) picks in proportion to the weights', () => {
    const pick = createWeightedPicker([1, 0, 3]);
    const r = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8_000; i++) counts[pick(r)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });

  test('createWeightedPicker(weights) rejects negative weights and a zero sum', () => {
    expect(() => createWeightedPicker([1, -1])).toThrow('invalid weight');
    expect(() => createWeightedPicker([0, 0])).toThrow('invalid weights');
  });
});
