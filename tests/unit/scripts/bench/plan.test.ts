import { describe, expect, test } from 'vitest';
import type { BenchDataset } from '../../../../scripts/bench/datasets';
import { changeYears, pagePath, PROTOCOL } from '../../../../scripts/bench/pageSpec';
import { planCases } from '../../../../scripts/bench/plan';
import { scheduleRuns } from '../../../../scripts/bench/runCases';

function dataset(id: string, onMap: number, dataParam: string | null): BenchDataset {
  return { id, pairings: onMap, onMap, dataParam, bytes: 0 };
}

const shipped = dataset('shipped', 2_168, null);
const big = dataset('100k', 100_000, 'bench-data/synthetic-100k.json');

describe('planCases', () => {
  const mid = dataset('30k', 30_000, 'bench-data/synthetic-30k.json');
  const cases = planCases([shipped, mid, big], 5);
  const find = (variant: string, id: string | null, purpose = 'timing') =>
    cases.find((c) => c.variant === variant && (c.dataset?.id ?? null) === id && c.purpose === purpose);

  test('planCases(datasets, runs) measures the bare map, then the app, globe.gl and GeoJSON per dataset, the arc layer alone at 100k', () => {
    expect(cases.map((c) => `${c.variant}:${c.dataset?.id ?? '-'}:${c.purpose}`)).toEqual([
      'bare:-:timing',
      'app:shipped:heap',
      'app:shipped:timing',
      'globegl:shipped:timing',
      'geojson:shipped:timing',
      'app:30k:timing',
      'globegl:30k:timing',
      'geojson:30k:timing',
      'app:100k:timing',
      'globegl:100k:timing',
      'arcs:100k:timing',
      'geojson:100k:timing',
    ]);
  });

  test('planCases(datasets, runs) measures globe.gl on every dataset with the app load limit, once above a few thousand arcs', () => {
    expect(find('globegl', 'shipped')).toMatchObject({ runs: 3, samples: 3, key: false });
    expect(find('globegl', '30k')).toMatchObject({ runs: 1, samples: 1 });
    expect(find('globegl', '100k')?.limits.load).toBe(find('app', '100k')?.limits.load);
    const smallest = dataset('3k', 3_000, 'bench-data/synthetic-3k.json');
    expect(planCases([smallest], 1, true).find((c) => c.variant === 'globegl')).toMatchObject({ runs: 1, samples: 1 });
  });

  test('planCases(datasets, runs) gives every run to the bare map and the app on the shipped data, its key pair', () => {
    expect(find('bare', null)).toMatchObject({ runs: 5, key: true });
    expect(find('app', 'shipped')).toMatchObject({ runs: 5, key: true });
    expect(cases.filter((c) => c.key)).toHaveLength(2);
  });

  test('planCases(datasets, runs) caps the slow cases', () => {
    expect(find('app', '30k')?.runs).toBe(3);
    expect(find('app', '100k')).toMatchObject({ runs: 2, samples: 2, settleSamples: 0 });
    expect(find('app', '30k')?.settleSamples).toBe(1);
    expect(find('geojson', 'shipped')).toMatchObject({ runs: 2, samples: 2 });
    expect(find('geojson', '30k')).toMatchObject({ runs: 1, samples: 1 });
    expect(find('geojson', '100k')?.limits.load).toBe(45_000);
  });

  test('planCases(datasets, runs) takes the heap once, after 200 year changes; 20 when quick', () => {
    expect(cases.filter((c) => c.purpose === 'heap')).toHaveLength(1);
    expect(find('app', 'shipped', 'heap')).toMatchObject({ runs: 1, churnChanges: 200 });
    const quick = planCases([mid], 1, true);
    expect(quick.every((c) => c.runs === 1)).toBe(true);
    expect(quick.find((c) => c.purpose === 'heap')?.churnChanges).toBe(20);
  });
});

describe('pagePath', () => {
  const base = { limits: { load: 1, change: 1, rotationSlack: 1, churn: 1 }, samples: 1, settleSamples: 0, churnChanges: 0, purpose: 'timing' as const };

  test('pagePath(spec) opens the app in test mode with the dataset URL', () => {
    expect(pagePath({ ...base, variant: 'app', dataset: big, mapSize: null })).toBe('index.html?test&data=bench-data%2Fsynthetic-100k.json');
    expect(pagePath({ ...base, variant: 'app', dataset: shipped, mapSize: null })).toBe('index.html?test');
  });

  test('pagePath(spec) opens the bench page in the variant mode, sized like the app map', () => {
    expect(pagePath({ ...base, variant: 'geojson', dataset: big, mapSize: { width: 1280, height: 752 } })).toBe(
      'bench.html?mode=geojson&data=bench-data%2Fsynthetic-100k.json&w=1280&h=752',
    );
    expect(pagePath({ ...base, variant: 'bare', dataset: null, mapSize: { width: 10, height: 20 } })).toBe('bench.html?mode=bare&w=10&h=20');
  });

  test('pagePath(spec) opens the globe.gl page with the dataset URL, sized like the app map', () => {
    expect(pagePath({ ...base, variant: 'globegl', dataset: big, mapSize: { width: 1280, height: 752 } })).toBe(
      'bench-globe.html?data=bench-data%2Fsynthetic-100k.json&w=1280&h=752',
    );
    expect(pagePath({ ...base, variant: 'globegl', dataset: shipped, mapSize: { width: 10, height: 20 } })).toBe('bench-globe.html?w=10&h=20');
  });
});

describe('scheduleRuns', () => {
  test('scheduleRuns(cases) runs every case once, then the key cases together, then the others', () => {
    const rounds = scheduleRuns([
      { runs: 3, key: true },
      { runs: 2, key: false },
      { runs: 3, key: true },
      { runs: 1, key: false },
    ]);
    expect(rounds).toEqual([
      { run: 0, indexes: [0, 1, 2, 3], together: false },
      { run: 1, indexes: [0, 2], together: true },
      { run: 2, indexes: [0, 2], together: true },
      { run: 1, indexes: [1], together: false },
    ]);
  });

  test('scheduleRuns([]) is empty', () => {
    expect(scheduleRuns([])).toEqual([]);
  });
});

describe('changeYears', () => {
  test('changeYears(n) ends every page on 2025, the nearly whole range', () => {
    expect(changeYears(1)).toEqual([2025]);
    expect(changeYears(3)).toEqual([1980, 1990, 2025]);
  });

  test('changeYears(n) never repeats a year twice in a row, so each is a real change', () => {
    const years = changeYears(PROTOCOL.years.length * 2 + 3);
    expect(years.at(-1)).toBe(2025);
    expect(years.every((y, i) => i === 0 || y !== years[i - 1])).toBe(true);
  });
});
