/**
 * The soak run shared by `npm run soak` (scripts/soak.ts, full counts) and the browser test
 * (tests/e2e/soak.test.ts, short counts): timeline loops at the highest speed, then select/deselect
 * cycles, with the JS heap (after a forced GC), DOM nodes and event listeners measured over CDP.
 */
import type { CDPSession, Page } from 'playwright-core';

/** What one measurement reads from Chromium's Performance domain after a forced garbage collection. */
export interface SoakMetrics {
  heapBytes: number;
  nodes: number;
  listeners: number;
  documents: number;
}

/** How long to soak. */
export interface SoakOptions {
  /** Timeline plays from the first to the last year at the highest speed. */
  loops: number;
  /** Select-then-deselect cycles over `cities`. */
  cycles: number;
  /** City names the cycles select in turn. */
  cities: readonly string[];
  /** Called after each loop and every 50 cycles, for progress output. */
  onProgress?: (what: string) => void;
}

/** Metrics at the start (after a warm-up loop and cycle) and at the end. */
export interface SoakResult {
  start: SoakMetrics;
  afterLoops: SoakMetrics;
  end: SoakMetrics;
}

/**
 * Reads the metrics of a settled page after two forced garbage collections. The page must be idle
 * first: while the camera still flies back from a deselected city, the closed panel's nodes stay
 * reachable, so a measurement then counts some 2,000 nodes that the next idle collection frees.
 */
export async function measure(page: Page, cdp: CDPSession): Promise<SoakMetrics> {
  await page.evaluate(() => window.__atlas!.idle());
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const read = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapBytes: read('JSHeapUsedSize'), nodes: read('Nodes'), listeners: read('JSEventListeners'), documents: read('Documents') };
}

async function playOnce(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const atlas = window.__atlas!;
    await atlas.play();
  });
}

async function cycle(page: Page, city: string): Promise<void> {
  await page.evaluate((name) => window.__atlas!.select(name), city);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__atlas!.state().selected === null);
}

/**
 * Soaks an atlas page opened with `?test`: sets the highest speed, plays `loops` times, then runs
 * `cycles` select/deselect cycles. One loop and a few cycles run first as a warm-up (caches,
 * shaders, lazily created elements), so the start measurement is the steady state.
 */
export async function runSoak(page: Page, cdp: CDPSession, options: SoakOptions): Promise<SoakResult> {
  await cdp.send('Performance.enable');
  const speed = await page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('#sca-timeline select');
    if (!select) throw new Error('invalid page: no speed select in #sca-timeline');
    const fastest = [...select.options].map((o) => o.value).sort((a, b) => Number(b) - Number(a))[0]!;
    select.value = fastest;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return Number(fastest);
  });
  if ((await page.evaluate(() => window.__atlas!.state().speed)) !== speed) throw new Error(`invalid speed: the player did not take ${speed}`);
  await playOnce(page);
  for (const city of options.cities) await cycle(page, city);
  const start = await measure(page, cdp);
  for (let i = 0; i < options.loops; i++) {
    await playOnce(page);
    options.onProgress?.(`loop ${i + 1}/${options.loops}`);
  }
  const afterLoops = await measure(page, cdp);
  for (let i = 0; i < options.cycles; i++) {
    await cycle(page, options.cities[i % options.cities.length]!);
    if ((i + 1) % 50 === 0) options.onProgress?.(`cycle ${i + 1}/${options.cycles}`);
  }
  const end = await measure(page, cdp);
  return { start, afterLoops, end };
}

/** The ratios of the end to the start that the soak judges, and whether each is within `limit`. */
export function judgeSoak(result: SoakResult, limit = 1.1): { heap: number; nodes: number; listeners: number; ok: boolean } {
  const heap = result.end.heapBytes / result.start.heapBytes;
  const nodes = result.end.nodes / result.start.nodes;
  const listeners = Math.max(result.end.listeners, result.afterLoops.listeners) / result.start.listeners;
  return { heap, nodes, listeners, ok: heap <= limit && nodes <= limit && listeners <= 1 };
}
