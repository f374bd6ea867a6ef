/**
 * Which pages a run measures, how often and with which time limits. The budget: a full run on a
 * 2-core machine with SwiftShader finishes in about 11 minutes, and software rendering makes every
 * frame slow, most of all with many arcs. So the figures the targets compare with the bare map
 * (the app on the shipped dataset) get every run; the synthetic datasets get at most 3 runs, 100k
 * arcs 2 runs, 2 year changes and no year-to-idle figure; the GeoJSON baseline (seconds per filter
 * change at a few thousand arcs, tens of seconds from 30k) at most 2 runs, one year change on the
 * synthetic datasets, and above a few thousand arcs one run and a 45 s limit per step, its timeouts
 * reported as such (see runCases for datasets it is not run on at all). On the large dataset the
 * arc layer alone (the bench page's `arcs` mode) runs once too. globe.gl (bench-globe.html) runs on
 * every dataset with the app's load limit: up to 3 runs of 3 year changes on the shipped and small
 * datasets (one with `--quick`), above a few thousand arcs one run of one year change (it rebuilds an object per arc on
 * each change) and a 45 s limit per later step; a load that times out is reported as such, and the
 * larger datasets are then not tried (see runCases). The heap measurement is one page of its own on
 * the first dataset: it measures memory, not time.
 */
import type { BenchDataset } from './datasets';
import type { PageSpec, StepLimits } from './pageSpec';

/** One variant on one dataset, measured `runs` times on fresh pages of the same spec. */
export interface BenchCase extends Omit<PageSpec, 'mapSize'> {
  runs: number;
  /**
   * The pair whose ratios have the tightest targets (the bare map and the app on the shipped data):
   * after every case's first run, their further runs come before anyone else's.
   */
  key: boolean;
}

/** Above this many arcs the GeoJSON baseline is measured once, with one year change. */
export const GEOJSON_FULL_LIMIT = 5_000;
/** Most runs of the GeoJSON baseline on small datasets. */
export const GEOJSON_MAX_RUNS = 2;
/** Most runs of the app on a synthetic dataset. */
export const SYNTHETIC_MAX_RUNS = 3;
/** From this many arcs a dataset is large: fewer runs and samples, no year-to-idle figure. */
export const LARGE_DATASET = 50_000;
/** Most runs of the app on a large dataset. */
export const LARGE_MAX_RUNS = 2;
/** Most runs of globe.gl on the shipped and small datasets. */
export const GLOBEGL_MAX_RUNS = 3;
/** Year changes of the heap page: 200, or 20 for the smoke run. */
export const CHURN_CHANGES = { full: 200, quick: 20 } as const;

const APP_LIMITS: StepLimits = { load: 90_000, change: 60_000, rotationSlack: 30_000, churn: 240_000 };
const GEOJSON_LIMITS: StepLimits = { load: 45_000, change: 45_000, rotationSlack: 20_000, churn: 0 };
/** globe.gl: the app's load limit (the same protocol), 45 s for a year change or a frame. */
const GLOBEGL_LIMITS: StepLimits = { load: APP_LIMITS.load, change: 45_000, rotationSlack: 20_000, churn: 0 };

/** The cases of a run over `datasets` (the shipped one first, when present), in the order each run visits them. */
export function planCases(datasets: readonly BenchDataset[], runs: number, quick = false): BenchCase[] {
  const timing = { churnChanges: 0, purpose: 'timing', key: false } as const;
  const cases: BenchCase[] = [{ variant: 'bare', dataset: null, runs, samples: 3, settleSamples: 0, limits: APP_LIMITS, ...timing, key: true }];
  datasets.forEach((dataset, i) => {
    if (i === 0) {
      const churnChanges = quick ? CHURN_CHANGES.quick : CHURN_CHANGES.full;
      cases.push({ variant: 'app', dataset, runs: 1, samples: 0, settleSamples: 0, churnChanges, limits: APP_LIMITS, purpose: 'heap', key: false });
    }
    const large = dataset.onMap >= LARGE_DATASET;
    const cap = large ? LARGE_MAX_RUNS : dataset.dataParam === null ? runs : SYNTHETIC_MAX_RUNS;
    // Settling re-tiles every city point: at 100k arcs that alone takes minutes in software rendering.
    const settleSamples = large ? 0 : dataset.onMap > GEOJSON_FULL_LIMIT ? 1 : 2;
    cases.push({
      variant: 'app',
      dataset,
      runs: Math.min(runs, cap),
      samples: large ? 2 : 3,
      settleSamples,
      limits: APP_LIMITS,
      ...timing,
      key: dataset.dataParam === null,
    });
    const small = dataset.onMap <= GEOJSON_FULL_LIMIT;
    cases.push({
      variant: 'globegl',
      dataset,
      runs: small ? Math.min(runs, GLOBEGL_MAX_RUNS) : 1,
      // The smoke run only checks that every step works: one year change keeps it short.
      samples: small && !quick ? 3 : 1,
      settleSamples: 0,
      limits: GLOBEGL_LIMITS,
      ...timing,
    });
    // On a large dataset, the arc layer alone tells the arcs' share of the app's figures from the rest's.
    if (large) cases.push({ variant: 'arcs', dataset, runs: 1, samples: 2, settleSamples: 0, limits: APP_LIMITS, ...timing });
    cases.push({
      variant: 'geojson',
      dataset,
      runs: small ? Math.min(runs, GEOJSON_MAX_RUNS) : 1,
      samples: small && dataset.dataParam === null ? 2 : 1,
      settleSamples: 0,
      limits: GEOJSON_LIMITS,
      ...timing,
    });
  });
  return cases;
}
