/**
 * The measuring protocol of one page load, the same for the app and the baselines. A timing page:
 * load to idle, year changes each with an ordinary frame beside it, year changes to idle, rotation,
 * (the app) play. A heap page (the app): load, heap, 200 year changes (20 in `--quick`), heap. Each
 * step has a time limit; a step that hits it ends the page, and it and the steps after it are
 * recorded as timeouts.
 */
import type { BenchBrowser, BenchPage, Viewport } from './browser';
import { stepOf, type MetricId } from './metrics';
import { median, withTimeout, type Outcome, type TimedOut } from './outcome';
import { appMapSize, callHook, churnYears, playFps, settle, waitFirstIdle, type HookHost } from './pageHooks';
import { changeYears, pagePath, plannedMetrics, PROTOCOL, type PageResult, type PageSpec } from './pageSpec';

const MB = 1024 * 1024;

/**
 * The heap page's window: a smaller one, since 200 drawn year changes cost 200 frames and software
 * rendering pays for pixels, while the JS heap hardly depends on the canvas size.
 */
export const HEAP_VIEWPORT: Viewport = { width: 800, height: 500 };

/** A step ran past its limit: this step and every later one are timeouts. */
class StepTimeout extends Error {
  constructor(readonly marker: TimedOut) {
    super(`${marker.step} timed out after ${marker.limitMs} ms`);
  }
}

function isStepTimeout(value: unknown): value is TimedOut {
  return typeof value === 'object' && value !== null && (value as Partial<TimedOut>).timedOut === true;
}

async function step<T>(promise: Promise<T>, limitMs: number, name: string): Promise<T> {
  const value = await withTimeout(promise, limitMs, name);
  if (isStepTimeout(value)) throw new StepTimeout(value);
  return value;
}

type Metrics = Partial<Record<MetricId, Outcome>>;

/** Heap after load and after `spec.churnChanges` year changes, each after a forced GC. */
async function measureHeap(page: BenchPage, spec: PageSpec, metrics: Metrics): Promise<void> {
  metrics.heapLoadMB = (await page.heapAfterGc()) / MB;
  await step(churnYears(page.page, PROTOCOL.fromYear, PROTOCOL.years, spec.churnChanges), spec.limits.churn, stepOf('heapChurnMB'));
  metrics.heapChurnMB = (await page.heapAfterGc()) / MB;
}

/**
 * Year changes beside ordinary frames, year changes to idle (the last back to the whole range),
 * rotation, play: whichever `wants` asks for. Rotation comes after the year changes, which end on
 * (nearly) the whole range, because it is what times out first on a slow baseline.
 */
async function measureTiming(page: BenchPage, spec: PageSpec, metrics: Metrics, wants: (id: MetricId) => boolean): Promise<void> {
  const p = page.page;
  const host: HookHost = spec.variant === 'app' ? 'app' : 'bench';
  const { limits } = spec;

  // Each year change is followed by an ordinary frame of the same view: the pair compares like with like.
  // Where the page settles affordably (settleSamples), each pair starts from a settled map: the city points
  // a change re-tiles arrive a second or more later, and would otherwise land in the next pair's change.
  const frames: number[] = [];
  const changes: number[] = [];
  const changeCall = spec.variant === 'geojson' ? 'yearChangeIdle' : 'yearChangeFrame';
  for (const year of changeYears(spec.samples)) {
    if (spec.settleSamples > 0) await step(settle(p, host), limits.change, stepOf('yearChangeMs'));
    if (wants('yearChangeMs')) {
      changes.push(await step(callHook(p, host, changeCall, PROTOCOL.fromYear, year), limits.change, stepOf('yearChangeMs')));
      metrics.yearChangeMs = median(changes);
    }
    frames.push(await step(callHook(p, host, 'renderFrame'), limits.change, stepOf('frameMs')));
    metrics.frameMs = median(frames);
  }

  if (wants('yearSettleMs')) {
    const settles: number[] = [];
    // Back to the whole range at the end, which rotation and play start from.
    for (const year of [...PROTOCOL.settleYears.slice(0, spec.settleSamples - 1), new Date().getFullYear()]) {
      settles.push(await step(callHook(p, host, 'yearChangeIdle', PROTOCOL.fromYear, year), limits.change, stepOf('yearSettleMs')));
    }
    metrics.yearSettleMs = median(settles);
  }

  metrics.rotationFps = await step(callHook(p, host, 'rotate', PROTOCOL.rotationMs), PROTOCOL.rotationMs + limits.rotationSlack, stepOf('rotationFps'));

  if (wants('playFps')) {
    metrics.playFps = await step(playFps(p, PROTOCOL.playMs, PROTOCOL.playSpeed), PROTOCOL.playMs + limits.change, stepOf('playFps'));
  }
}

/** Measures one page load of `spec`. Never throws for a slow or broken page: timeouts become markers, failures problems. */
export async function measurePage(browser: BenchBrowser, spec: PageSpec, metricIds: readonly MetricId[]): Promise<PageResult> {
  const host: HookHost = spec.variant === 'app' ? 'app' : 'bench';
  const planned = plannedMetrics(spec, metricIds);
  const wants = (id: MetricId): boolean => planned.includes(id);
  const where = `${spec.variant}${spec.dataset ? ` on ${spec.dataset.id}` : ''}`;
  const metrics: Metrics = {};
  const problems: string[] = [];
  let drawnArcs: number | null = null;
  let page: BenchPage | null = null;

  try {
    page = await browser.open(pagePath(spec), spec.purpose === 'heap' ? HEAP_VIEWPORT : undefined);
    const expected = spec.variant === 'bare' ? null : (spec.dataset?.pairings ?? null);
    const loadMs = await withTimeout(waitFirstIdle(page.page, host, expected), spec.limits.load, stepOf('loadMs'));
    if (wants('loadMs')) metrics.loadMs = loadMs;
    if (isStepTimeout(loadMs)) {
      // The custom layer draws its arcs from the first frame after the data is in, idle or not (the
      // city points may still be tiling): its other figures can still be taken, as a user would see them.
      const drawsEarly = spec.purpose === 'timing' && (spec.variant === 'app' || spec.variant === 'arcs');
      if (!drawsEarly || (await withTimeout(callHook(page.page, host, 'pairings'), 10_000, 'pairings')) !== expected) throw new StepTimeout(loadMs);
      problems.push(`${where}: not idle after ${spec.limits.load / 1000} s; its other figures were taken while the map was still loading`);
    }
    if (spec.variant !== 'bare') {
      drawnArcs = await callHook(page.page, host, 'drawnArcs');
      if (spec.dataset && drawnArcs !== spec.dataset.onMap) problems.push(`${where}: ${drawnArcs} arcs drawn, ${spec.dataset.onMap} pairings on the map`);
    }
    if (spec.purpose === 'heap') await measureHeap(page, spec, metrics);
    else await measureTiming(page, spec, metrics, wants);
  } catch (error) {
    if (error instanceof StepTimeout) {
      for (const id of planned) {
        if (metrics[id] === undefined) metrics[id] = error.marker;
      }
      problems.push(`${where}: ${error.message}`);
    } else {
      // A broken page leaves its remaining metrics empty; the report lists why.
      problems.push(`${where} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    if (page) {
      problems.push(...page.externalRequests.map((url) => `request left the local server: ${url}`));
      problems.push(...page.errors.map((message) => `page error (${where}): ${message}`));
      await page.close();
    }
  }
  return { metrics, drawnArcs, problems };
}

/** Loads the app once on the shipped dataset (a warm-up) and returns the size of its map. */
export async function probeAppMapSize(browser: BenchBrowser, loadLimit: number): Promise<{ width: number; height: number }> {
  const page = await browser.open('index.html?test');
  try {
    await step(waitFirstIdle(page.page, 'app', null), loadLimit, 'warm-up load');
    return await appMapSize(page.page);
  } finally {
    await page.close();
  }
}
