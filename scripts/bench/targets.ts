/**
 * The performance targets of the product (issue 5), as ratios so that they hold on a noisy
 * machine, checked against a run's medians. A target whose figures were not measured in this run
 * (`--quick` skips the large datasets) is reported as not measured, never as a pass.
 */
import type { BuildSizes } from './assetSizes';
import { ownOutcome, type MetricId, type Variant } from './metrics';
import { ratioOf, type Ratio } from './outcome';
import type { CaseResult } from './runCases';

/** One target's verdict. */
export interface TargetResult {
  id: string;
  /** What the target promises, in words. */
  description: string;
  /** The measured figure (a ratio, or kB for the size target), null when not measured. */
  value: Ratio;
  /** `<=` or `>=` this limit passes. */
  limit: number;
  comparison: '<=' | '>=';
  status: 'PASS' | 'MISS' | 'NOT MEASURED';
  /** The figures the value comes from, for the report. */
  detail: string;
}

/** The budget of the JS the app loads at start on top of maplibre-gl, in bytes gzipped (1 kB = 1,000 bytes). */
export const APP_JS_BUDGET_BYTES = 80_000;

function find(results: readonly CaseResult[], variant: Variant, dataset: string | null): CaseResult | undefined {
  return results.find((r) => r.variant === variant && r.dataset === dataset);
}

function judge(value: Ratio, limit: number, comparison: '<=' | '>='): TargetResult['status'] {
  if (value === null) return 'NOT MEASURED';
  if (typeof value === 'number') return (comparison === '<=' ? value <= limit : value >= limit) ? 'PASS' : 'MISS';
  // A bounded ratio passes only when the bound itself proves it.
  if ('atMost' in value) return comparison === '<=' && value.atMost <= limit ? 'PASS' : 'MISS';
  return comparison === '>=' && value.atLeast >= limit ? 'PASS' : 'MISS';
}

function show(value: unknown): string {
  if (typeof value === 'number') return value >= 100 ? value.toFixed(0) : value.toFixed(2);
  if (value && typeof value === 'object' && 'step' in value) return `timed out (${String(value.step)})`;
  return 'n/a';
}

function ratioTarget(
  id: string,
  description: string,
  a: { result: CaseResult | undefined; metric: MetricId; label: string },
  b: { result: CaseResult | undefined; metric: MetricId; label: string },
  limit: number,
  comparison: '<=' | '>=',
  better: 'lower' | 'higher',
  bounded = true,
): TargetResult {
  const va = a.result?.medians[a.metric];
  const vb = b.result?.medians[b.metric];
  const value = ratioOf(ownOutcome(va, a.metric), ownOutcome(vb, b.metric), better, bounded);
  return { id, description, value, limit, comparison, status: judge(value, limit, comparison), detail: `${a.label} ${show(va)} / ${b.label} ${show(vb)}` };
}

/**
 * "The atlas leads globe.gl on load, year change and rotation at every size": per dataset globe.gl
 * ran on, three targets whose figure is above 1 when the atlas leads (globe.gl's time over the
 * app's; the app's frame rate over globe.gl's). A globe.gl step that timed out bounds the ratio; one
 * that never ran (its load timed out first) leaves the target not measured.
 */
export function globeGlTargets(results: readonly CaseResult[]): TargetResult[] {
  return results
    .filter((r) => r.variant === 'globegl' && r.dataset !== null)
    .flatMap((globe) => {
      const app = find(results, 'app', globe.dataset);
      const on = `${globe.dataset} dataset`;
      return [
        ratioTarget(
          `globegl-load-${globe.dataset}`,
          `the atlas leads globe.gl on load to first idle, ${on}`,
          { result: globe, metric: 'loadMs', label: 'globe.gl ms' },
          { result: app, metric: 'loadMs', label: 'app ms' },
          1,
          '>=',
          'lower',
        ),
        ratioTarget(
          `globegl-year-change-${globe.dataset}`,
          `the atlas leads globe.gl on a year change, ${on}`,
          { result: globe, metric: 'yearChangeMs', label: 'globe.gl ms' },
          { result: app, metric: 'yearChangeMs', label: 'app ms' },
          1,
          '>=',
          'lower',
        ),
        ratioTarget(
          `globegl-rotation-${globe.dataset}`,
          `the atlas leads globe.gl on rotation fps, ${on}`,
          { result: app, metric: 'rotationFps', label: 'app fps' },
          { result: globe, metric: 'rotationFps', label: 'globe.gl fps' },
          1,
          '>=',
          'higher',
        ),
      ];
    });
}

/** Checks every target against the medians of a run and the build's sizes. */
export function checkTargets(results: readonly CaseResult[], sizes: BuildSizes): TargetResult[] {
  const app = (dataset: string): CaseResult | undefined => find(results, 'app', dataset);
  const bare = find(results, 'bare', null);
  const yearChanges = ['shipped', '3k', '30k', '100k'].map((dataset) =>
    ratioTarget(
      `year-change-${dataset}`,
      `year change within 1.2x one ordinary frame, ${dataset === 'shipped' ? 'shipped dataset' : `${dataset} arcs`}`,
      { result: app(dataset), metric: 'yearChangeMs', label: 'year change ms' },
      { result: app(dataset), metric: 'frameMs', label: 'frame ms' },
      1.2,
      '<=',
      'lower',
    ),
  );
  const targets: TargetResult[] = [
    ...yearChanges,
    ratioTarget(
      'rotation-100k',
      'rotation fps with 100k arcs at least 0.25x the bare map',
      { result: app('100k'), metric: 'rotationFps', label: 'app fps' },
      { result: bare, metric: 'rotationFps', label: 'bare fps' },
      0.25,
      '>=',
      'higher',
    ),
    ratioTarget(
      'load-100k',
      'load to first idle with 100k ties within 5x the bare map',
      { result: app('100k'), metric: 'loadMs', label: 'app ms' },
      { result: bare, metric: 'loadMs', label: 'bare ms' },
      5,
      '<=',
      'lower',
    ),
    ratioTarget(
      'rotation-30k',
      'rotation fps with 30k arcs at least 0.5x the bare map',
      { result: find(results, 'app', '30k'), metric: 'rotationFps', label: 'app fps' },
      { result: find(results, 'bare', null), metric: 'rotationFps', label: 'bare fps' },
      0.5,
      '>=',
      'higher',
    ),
    ratioTarget(
      'rotation-shipped',
      'rotation fps with the shipped dataset at least 0.9x the bare map',
      { result: find(results, 'app', 'shipped'), metric: 'rotationFps', label: 'app fps' },
      { result: find(results, 'bare', null), metric: 'rotationFps', label: 'bare fps' },
      0.9,
      '>=',
      'higher',
    ),
    ratioTarget(
      'load-shipped',
      'load to first idle with the shipped dataset within 1.3x the bare map',
      { result: find(results, 'app', 'shipped'), metric: 'loadMs', label: 'app ms' },
      { result: find(results, 'bare', null), metric: 'loadMs', label: 'bare ms' },
      1.3,
      '<=',
      'lower',
    ),
  ];
  targets.push(...globeGlTargets(results));
  const kb = sizes.appJsInitialGzip / 1000;
  targets.push({
    id: 'app-js',
    description: 'JS the app loads at start on top of maplibre-gl at most 80 kB gzip',
    value: kb,
    limit: APP_JS_BUDGET_BYTES / 1000,
    comparison: '<=',
    status: sizes.appJsInitialGzip <= APP_JS_BUDGET_BYTES ? 'PASS' : 'MISS',
    detail: `${kb.toFixed(1)} kB gzip at start, ${(sizes.appJsGzip / 1000).toFixed(1)} kB with what loads on first use (maplibre-gl ${(sizes.maplibreJsGzip / 1000).toFixed(1)} kB)`,
  });
  const withHeap = results.filter((r) => r.variant === 'app' && r.medians.heapChurnMB !== undefined);
  if (withHeap.length === 0) {
    targets.push({
      id: 'heap',
      description: 'heap after 200 year changes within 1.1x of after load',
      value: null,
      limit: 1.1,
      comparison: '<=',
      status: 'NOT MEASURED',
      detail: 'no heap measurement in this run',
    });
  }
  for (const result of withHeap) {
    targets.push(
      ratioTarget(
        `heap-${result.dataset}`,
        `heap after 200 year changes within 1.1x of after load, ${result.dataset} dataset`,
        { result, metric: 'heapChurnMB', label: 'after MB' },
        { result, metric: 'heapLoadMB', label: 'load MB' },
        1.1,
        '<=',
        'lower',
        false,
      ),
    );
  }
  return targets;
}
