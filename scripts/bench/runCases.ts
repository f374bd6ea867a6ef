/**
 * Runs the planned cases: run 1 of every case; then runs 2, 3… of the key cases (see BenchCase.key),
 * alternating; then runs 2, 3… of the others, alternating, so that a slow patch of the machine spreads
 * over the variants instead of hitting one. Each case's value of a metric is the median over its
 * runs. The first run of every case always happens; a later run that would likely end past the
 * deadline (judged by the case's previous run) is skipped and said so, which keeps a run on a busy
 * machine within its time budget. A variant whose load timed out on a dataset is not loaded again
 * on a larger one: that load is recorded as the same timeout, and said so.
 */
import type { BenchBrowser } from './browser';
import { measurePage } from './measurePage';
import { plannedMetrics } from './pageSpec';
import { METRICS, stepOf, VARIANT_METRICS, type MetricId, type Variant } from './metrics';
import { isTimedOut, medianOutcome, type Outcome, type TimedOut } from './outcome';
import type { BenchCase } from './plan';

/** The measurements of one case. */
export interface CaseResult {
  variant: Variant;
  /** Dataset id, or null for the bare map. */
  dataset: string | null;
  /** Timing pages measured (the heap page is not counted). */
  runs: number;
  /** Every run's value, per metric. */
  samples: Partial<Record<MetricId, Outcome[]>>;
  /** Median over the runs, per metric. */
  medians: Partial<Record<MetricId, Outcome>>;
  /** Arcs drawn with the whole range shown (null for the bare map). */
  drawnArcs: number | null;
}

/** Progress lines while the run goes (to stderr, so the table stays clean). */
export type Progress = (line: string) => void;

/** The samples of one metric of a case, created empty on first use. */
function samplesOf(result: CaseResult, id: MetricId): Outcome[] {
  const samples = result.samples[id] ?? [];
  result.samples[id] = samples;
  return samples;
}

function describe(value: Outcome, id: MetricId): string {
  if (isTimedOut(value)) return `timed out (${value.step})`;
  const unit = METRICS[id].unit;
  return `${value.toFixed(unit === 'ms' ? 0 : 1)} ${unit}`;
}

/** A step of the schedule: run `run` (from 0) of the cases at `indexes`; `together`: all of them or none. */
export interface ScheduledRound {
  run: number;
  indexes: number[];
  together: boolean;
}

/**
 * The order of the pages: the first run of every case in plan order; then the further runs of the
 * key cases, round by round, each round all or nothing (a ratio of medians over unequal runs would
 * mislead); then those of the other cases, round by round.
 */
export function scheduleRuns(cases: readonly Pick<BenchCase, 'runs' | 'key'>[]): ScheduledRound[] {
  const maxRuns = Math.max(0, ...cases.map((c) => c.runs));
  const rounds: ScheduledRound[] = [{ run: 0, indexes: cases.flatMap((c, i) => (c.runs > 0 ? [i] : [])), together: false }];
  for (const key of [true, false]) {
    for (let run = 1; run < maxRuns; run++) {
      const indexes = cases.flatMap((c, i) => (c.key === key && run < c.runs ? [i] : []));
      if (indexes.length > 0) rounds.push({ run, indexes, together: key });
    }
  }
  return rounds.filter((r) => r.indexes.length > 0);
}

/** Measures every case; `problems` collects what went wrong on the pages (timeouts, errors, requests out). */
export async function runCases(
  browser: BenchBrowser,
  cases: readonly BenchCase[],
  mapSize: { width: number; height: number },
  progress: Progress,
  deadline = Number.POSITIVE_INFINITY,
): Promise<{ results: CaseResult[]; problems: string[] }> {
  // One result per variant and dataset: the heap page adds its metrics to the timing pages' result.
  const results: CaseResult[] = [];
  const resultOf = (c: BenchCase): CaseResult => {
    const dataset = c.dataset?.id ?? null;
    let result = results.find((r) => r.variant === c.variant && r.dataset === dataset);
    if (!result) {
      result = { variant: c.variant, dataset, runs: 0, samples: {}, medians: {}, drawnArcs: null };
      results.push(result);
    }
    return result;
  };
  const problems: string[] = [];
  const lastDuration: number[] = cases.map(() => 0);
  // Per variant, the smallest dataset (in arcs) on which its load timed out.
  const loadTimeouts = new Map<Variant, { onMap: number; marker: TimedOut; dataset: string }>();
  const nameOf = (c: BenchCase): string => `${c.variant}${c.dataset ? ` ${c.dataset.id}` : ''}`;
  const fits = (indexes: number[]): boolean => performance.now() + indexes.reduce((sum, i) => sum + (lastDuration[i] as number), 0) <= deadline;
  const skip = (i: number, run: number): void => {
    const c = cases[i] as BenchCase;
    problems.push(`${nameOf(c)}: run ${run + 1} of ${c.runs} skipped to stay within the time budget`);
  };

  async function measureCase(i: number, run: number): Promise<void> {
    const c = cases[i] as BenchCase;
    const result = resultOf(c);
    const metricIds = VARIANT_METRICS[c.variant];
    const smaller = loadTimeouts.get(c.variant);
    if (smaller && c.dataset && c.dataset.onMap > smaller.onMap) {
      if (run > 0) return;
      for (const id of plannedMetrics(c, metricIds)) samplesOf(result, id).push(smaller.marker);
      problems.push(`${nameOf(c)}: not loaded, as its load already timed out on the smaller ${smaller.dataset} dataset (recorded as that timeout)`);
      return;
    }
    const started = performance.now();
    const page = await measurePage(browser, { ...c, mapSize }, metricIds);
    lastDuration[i] = performance.now() - started;
    problems.push(...page.problems);
    const load = page.metrics.loadMs;
    if (c.dataset && load !== undefined && isTimedOut(load) && load.step === stepOf('loadMs') && !loadTimeouts.has(c.variant)) {
      loadTimeouts.set(c.variant, { onMap: c.dataset.onMap, marker: load, dataset: c.dataset.id });
    }
    if (c.purpose === 'timing') result.runs++;
    result.drawnArcs = page.drawnArcs ?? result.drawnArcs;
    const measured = metricIds.filter((id) => page.metrics[id] !== undefined);
    for (const id of measured) samplesOf(result, id).push(page.metrics[id] as Outcome);
    const summary = measured.map((id) => `${id} ${describe(page.metrics[id] as Outcome, id)}`).join(', ');
    progress(`run ${run + 1}/${c.runs} ${nameOf(c)}${c.purpose === 'heap' ? ' (heap)' : ''} (${(lastDuration[i]! / 1000).toFixed(1)} s): ${summary}`);
  }

  for (const round of scheduleRuns(cases)) {
    if (round.run > 0 && round.together && !fits(round.indexes)) {
      for (const i of round.indexes) skip(i, round.run);
      continue;
    }
    for (const i of round.indexes) {
      if (round.run > 0 && !round.together && !fits([i])) skip(i, round.run);
      else await measureCase(i, round.run);
    }
  }
  for (const result of results) {
    for (const [id, values] of Object.entries(result.samples) as [MetricId, Outcome[]][]) {
      result.medians[id] = medianOutcome(values, METRICS[id].better);
    }
  }
  return { results, problems };
}
