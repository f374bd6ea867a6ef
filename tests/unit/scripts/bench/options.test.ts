import { describe, expect, test } from 'vitest';
import { parseBenchOptions } from '../../../../scripts/bench/options';

describe('parseBenchOptions', () => {
  test('parseBenchOptions([]) runs 5 times, builds, on SwiftShader', () => {
    expect(parseBenchOptions([])).toEqual({ runs: 5, quick: false, gpu: false, build: true, out: null, help: false });
  });

  test('parseBenchOptions reads --runs N and --runs=N', () => {
    expect(parseBenchOptions(['--runs', '3']).runs).toBe(3);
    expect(parseBenchOptions(['--runs=7']).runs).toBe(7);
  });

  test('parseBenchOptions(--quick) means one run', () => {
    expect(parseBenchOptions(['--runs', '4', '--quick'])).toMatchObject({ quick: true, runs: 1 });
  });

  test('parseBenchOptions reads --gpu, --no-build and --out FILE', () => {
    expect(parseBenchOptions(['--gpu', '--no-build', '--out', 'x.json'])).toMatchObject({ gpu: true, build: false, out: 'x.json' });
  });

  test('parseBenchOptions rejects unknown options and bad run counts', () => {
    expect(() => parseBenchOptions(['--fast'])).toThrow('invalid option: --fast');
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow('invalid --runs: 0');
    expect(() => parseBenchOptions(['--runs'])).toThrow('invalid --runs');
    expect(() => parseBenchOptions(['--out'])).toThrow('invalid --out');
  });
});
