import { describe, expect, test } from 'vitest';
import type { BuildSizes } from '../../../../scripts/bench/assetSizes';
import { timedOut } from '../../../../scripts/bench/outcome';
import type { CaseResult } from '../../../../scripts/bench/runCases';
import { checkTargets, globeGlTargets } from '../../../../scripts/bench/targets';

const sizes: BuildSizes = {
  assets: [],
  appJsGzip: 60_000,
  appJsInitialGzip: 40_000,
  maplibreJsGzip: 430_000,
  cssGzip: 12_000,
  datasetGzip: 200_000,
  worldGzip: 350_000,
  otherDataGzip: 0,
};

function result(variant: CaseResult['variant'], dataset: string | null, medians: CaseResult['medians']): CaseResult {
  return { variant, dataset, runs: 1, samples: {}, medians, drawnArcs: null };
}

const full: CaseResult[] = [
  result('bare', null, { loadMs: 1000, rotationFps: 10 }),
  result('app', 'shipped', { loadMs: 1200, rotationFps: 9.5, heapLoadMB: 20, heapChurnMB: 21, yearChangeMs: 250, frameMs: 240 }),
  result('app', '30k', { rotationFps: 4, heapLoadMB: 50, heapChurnMB: 60, yearChangeMs: 400, frameMs: 300 }),
  result('app', '100k', { yearChangeMs: 110, frameMs: 100, loadMs: 6000, rotationFps: 2 }),
];

function status(targets: ReturnType<typeof checkTargets>, id: string): string | undefined {
  return targets.find((t) => t.id === id)?.status;
}

describe('checkTargets', () => {
  test('checkTargets(results, sizes) passes targets within their limits', () => {
    const targets = checkTargets(full, sizes);
    expect(status(targets, 'year-change-100k')).toBe('PASS');
    expect(status(targets, 'year-change-shipped')).toBe('PASS');
    expect(status(targets, 'rotation-shipped')).toBe('PASS');
    expect(status(targets, 'load-shipped')).toBe('PASS');
    expect(status(targets, 'app-js')).toBe('PASS');
    expect(status(targets, 'heap-shipped')).toBe('PASS');
  });

  test('checkTargets(results, sizes) holds the JS loaded at start to the budget, not what loads on first use', () => {
    const targets = checkTargets(full, { ...sizes, appJsGzip: 150_000, appJsInitialGzip: 79_000 });
    expect(status(targets, 'app-js')).toBe('PASS');
    expect(targets.find((t) => t.id === 'app-js')?.value).toBe(79);
  });

  test('checkTargets(results, sizes) misses targets past their limits, with the figure', () => {
    const targets = checkTargets(full, { ...sizes, appJsGzip: 120_000, appJsInitialGzip: 80_001 });
    expect(status(targets, 'rotation-30k')).toBe('MISS');
    expect(targets.find((t) => t.id === 'rotation-30k')?.value).toBe(0.4);
    expect(status(targets, 'year-change-30k')).toBe('MISS');
    expect(status(targets, 'load-100k')).toBe('MISS');
    expect(status(targets, 'rotation-100k')).toBe('MISS');
    expect(status(targets, 'heap-30k')).toBe('MISS');
    expect(status(targets, 'app-js')).toBe('MISS');
  });

  test('checkTargets marks targets whose cases did not run as not measured', () => {
    const targets = checkTargets([result('bare', null, { loadMs: 1000, rotationFps: 10 })], sizes);
    expect(status(targets, 'year-change-100k')).toBe('NOT MEASURED');
    expect(status(targets, 'year-change-3k')).toBe('NOT MEASURED');
    expect(status(targets, 'load-100k')).toBe('NOT MEASURED');
    expect(status(targets, 'heap')).toBe('NOT MEASURED');
  });

  test('checkTargets counts a timed-out year change as a miss', () => {
    const targets = checkTargets([result('app', '100k', { yearChangeMs: timedOut('year change', 30_000), frameMs: 100 })], sizes);
    expect(status(targets, 'year-change-100k')).toBe('MISS');
  });
});

describe('globeGlTargets', () => {
  const app = result('app', '30k', { loadMs: 5000, yearChangeMs: 400, rotationFps: 0.8 });

  test('globeGlTargets(results) passes where the atlas leads globe.gl and misses where it trails, with the figure', () => {
    const targets = globeGlTargets([app, result('globegl', '30k', { loadMs: 4000, yearChangeMs: 8000, rotationFps: 0.1 })]);
    expect(targets.map((t) => [t.id, t.status, t.value])).toEqual([
      ['globegl-load-30k', 'MISS', 0.8],
      ['globegl-year-change-30k', 'PASS', 20],
      ['globegl-rotation-30k', 'PASS', 8],
    ]);
  });

  test('globeGlTargets counts globe.gl timing out on a step as the atlas leading it, and its steps never reached as not measured', () => {
    const load = timedOut('load', 90_000);
    const targets = globeGlTargets([app, result('globegl', '30k', { loadMs: load, yearChangeMs: load, rotationFps: load })]);
    expect(targets.map((t) => t.status)).toEqual(['PASS', 'NOT MEASURED', 'NOT MEASURED']);
    expect(targets[1]?.detail).toBe('globe.gl ms timed out (load) / app ms 400');
  });

  test('globeGlTargets(results) has one target per metric and dataset globe.gl ran on, none without it', () => {
    expect(globeGlTargets([app])).toEqual([]);
    expect(checkTargets([app, result('globegl', '30k', { loadMs: 9000 })], sizes).filter((t) => t.id.startsWith('globegl-'))).toHaveLength(3);
  });
});
