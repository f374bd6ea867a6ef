/**
 * What a benchmark page measures: the protocol's constants, a page's spec (variant, dataset, time
 * limits, how many samples) and result, and the URL it opens. The measuring itself is measurePage.ts.
 */
import type { BenchDataset } from './datasets';
import type { MetricId, Variant } from './metrics';
import type { Outcome } from './outcome';

/** Time limits of the steps of one page, in milliseconds. */
export interface StepLimits {
  load: number;
  /** One year change (to its frame or to idle). */
  change: number;
  /** Time beyond the rotation's own duration before it counts as timed out (a slow first frame). */
  rotationSlack: number;
  /** The year changes of the heap measurement. */
  churn: number;
}

/** What to measure on one page. */
export interface PageSpec {
  variant: Variant;
  dataset: BenchDataset | null;
  limits: StepLimits;
  /** Frame / year-change pairs to take (the run's value is their median). */
  samples: number;
  /**
   * Year changes to idle to take (the app and the arc layer); 0 leaves the metric out. Above 0 the map
   * also settles before each frame / year-change pair (see measurePage.ts).
   */
  settleSamples: number;
  /** Year changes between the two heap readings (heap pages). */
  churnChanges: number;
  /**
   * `timing`: load, frames, year changes, rotation, play. `heap`: load, then the heap before and
   * after 200 year changes, on a page of its own so that neither disturbs the other.
   */
  purpose: 'timing' | 'heap';
  /** Size of the map for the bench page, to match the app's; null on the app itself. */
  mapSize: { width: number; height: number } | null;
}

/** What one page load gave. */
export interface PageResult {
  metrics: Partial<Record<MetricId, Outcome>>;
  /** Arcs drawn with the whole range shown, or null for the bare map. */
  drawnArcs: number | null;
  problems: string[];
}

/** Protocol constants, shared with the report. */
export const PROTOCOL = {
  /** Rotation time per page. */
  rotationMs: 2000,
  /** Play time per page, at speed 1. */
  playMs: 2500,
  playSpeed: 1,
  /** `from` of every year window; the app's cumulative mode shows everything founded up to `to`. */
  fromYear: 1900,
  /**
   * The `to` years the year changes go through, far apart and back. A page with n year changes takes
   * the last n, so its last change is to 2025: all but a few undated-or-newer ties stay shown, and
   * the steps after it (rotation) see the whole network without another costly change back.
   */
  years: [2005, 1985, 2015, 1995, 2020, 2000, 2010, 1980, 1990, 2025] as const,
  /** The `to` years of the year changes to idle, before the last one, back to the whole range. */
  settleYears: [1985, 2005, 1995] as const,
};

/**
 * The page to open: the app in test mode, globe.gl's bench page, or the MapLibre bench page in the
 * variant's mode; the dataset by URL.
 */
export function pagePath(spec: PageSpec): string {
  const data = spec.dataset?.dataParam && spec.variant !== 'bare' ? `&data=${encodeURIComponent(spec.dataset.dataParam)}` : '';
  if (spec.variant === 'app') return `index.html?test${data}`;
  const size = spec.mapSize ? `&w=${spec.mapSize.width}&h=${spec.mapSize.height}` : '';
  if (spec.variant === 'globegl') return `bench-globe.html?${`${data}${size}`.slice(1)}`;
  return `bench.html?mode=${spec.variant}${data}${size}`;
}

/** The `to` years of `count` year changes: the last `count` of `PROTOCOL.years`, cycling when more. */
export function changeYears(count: number): number[] {
  const years = PROTOCOL.years;
  return Array.from({ length: count }, (_, i) => years[(years.length - count + i + years.length * count) % years.length] as number);
}

/** The metrics of `metricIds` a page of `spec` measures: heap pages the heap, timing pages the rest. */
export function plannedMetrics(spec: Pick<PageSpec, 'purpose' | 'settleSamples'>, metricIds: readonly MetricId[]): MetricId[] {
  const heapIds: readonly MetricId[] = ['heapLoadMB', 'heapChurnMB'];
  return metricIds.filter((id) => heapIds.includes(id) === (spec.purpose === 'heap') && (id !== 'yearSettleMs' || spec.settleSamples > 0));
}
