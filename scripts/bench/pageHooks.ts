/**
 * Calls into a page's hooks from Node: the app's `window.__atlas` and the bench page's
 * `window.__bench` offer the same measuring calls, so one protocol measures both.
 */
import type { Page } from 'playwright-core';
import type {} from '../../src/testing/benchHook';
import type {} from '../../src/testing/testHook';

/** Which hook object the page has: the app's or the bench page's. */
export type HookHost = 'app' | 'bench';

/** The calls both hooks offer, each resolving with a number. */
export type HookCall = 'renderFrame' | 'yearChangeFrame' | 'yearChangeIdle' | 'rotate' | 'drawnArcs' | 'pairings';

/**
 * Waits for the hook to exist, for the page to hold `pairings` records (null: any, for the bare map)
 * and for the map to be idle; resolves with `performance.now()` then, in ms since navigation.
 */
export async function waitFirstIdle(page: Page, host: HookHost, pairings: number | null): Promise<number> {
  await page.waitForFunction(
    ({ h, n }) => {
      const hook = h === 'app' ? window.__atlas : window.__bench;
      return hook !== undefined && (n === null || hook.pairings() === n);
    },
    { h: host, n: pairings },
    { polling: 50, timeout: 0 },
  );
  return page.evaluate(async (h) => {
    const hook = h === 'app' ? window.__atlas : window.__bench;
    if (!hook) throw new Error(`invalid page: no ${h} hook`);
    await hook.idle();
    return performance.now();
  }, host);
}

/** Waits until the page's map is idle: every change made before it drawn, every source re-tiled. */
export function settle(page: Page, host: HookHost): Promise<void> {
  return page.evaluate(async (h) => {
    const hook = h === 'app' ? window.__atlas : window.__bench;
    if (!hook) throw new Error(`invalid page: no ${h} hook`);
    await hook.idle();
  }, host);
}

/** Calls one hook method with number arguments and returns its number. */
export function callHook(page: Page, host: HookHost, call: HookCall, ...args: number[]): Promise<number> {
  return page.evaluate(
    async ({ h, c, a }) => {
      const hook = h === 'app' ? window.__atlas : window.__bench;
      if (!hook) throw new Error(`invalid page: no ${h} hook`);
      const method = (hook as unknown as Record<HookCall, (...n: number[]) => number | Promise<number>>)[c];
      return await method.apply(hook, a);
    },
    { h: host, c: call, a: args },
  );
}

/** The app's frames per second while the timeline plays at `speed` for `durationMs`. */
export function playFps(page: Page, durationMs: number, speed: number): Promise<number> {
  return page.evaluate(({ d, s }) => window.__atlas!.playFps(d, s), { d: durationMs, s: speed });
}

/**
 * `count` year-filter changes in a row, one per animation frame as a brush drag makes them
 * (Chromium delivers pointer moves once per frame), the map drawing each; then back to the window
 * the page had before, and idle. The app's hook only.
 */
export function churnYears(page: Page, from: number, years: readonly number[], count: number): Promise<void> {
  return page.evaluate(
    async ({ f, ys, n }) => {
      const hook = window.__atlas!;
      const before = hook.state();
      for (let i = 0; i < n; i++) {
        // setYears changes the store at once; its promise (the map idle) is not waited for, as a drag does not wait.
        void hook.setYears(f, ys[i % ys.length]!);
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      }
      await hook.setYears(before.yearFrom, before.yearTo, before.mode);
    },
    { f: from, ys: [...years], n: count },
  );
}

/** Size of the app's map in CSS pixels, for the bench page to match. */
export function appMapSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const el = document.getElementById('sca-map');
    if (!el) throw new Error('invalid page: #sca-map missing');
    return { width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) };
  });
}
