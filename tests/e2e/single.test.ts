import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from './harness';

const SINGLE_DIR = join(ROOT, 'dist-single');
const SINGLE = join(SINGLE_DIR, 'sister-city-atlas.html');
const data = readShippedDataset();
const drawable = data.pairings.filter((p) => p.notOnMap === null).length;

describe('the single-file build from a file:// URL', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(SINGLE)) throw new Error('dist-single/sister-city-atlas.html missing: run `npm run build:single` first');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US', deviceScaleFactor: 1 });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(pathToFileURL(SINGLE).href)) requests.push(url);
      return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(pathToFileURL(SINGLE).href)
        ? route.continue()
        : route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${pathToFileURL(SINGLE).href}?test&tour=china`);
    await page.waitForFunction(() => window.__atlas !== undefined);
    await page.evaluate(() => window.__atlas!.idle());
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('dist-single holds the one HTML file and nothing else', () => {
    expect(readdirSync(SINGLE_DIR)).toEqual(['sister-city-atlas.html']);
  });

  test('the China tour runs, and its last step draws as many arcs as the pairings with coordinates; no file is asked for', async () => {
    await page.waitForFunction(() => window.__atlas!.state().tour !== null);
    await page.keyboard.press('End');
    await page.evaluate(() => window.__atlas!.idle());
    const s = await page.evaluate(() => window.__atlas!.state());
    expect(s.tour?.step).toBe((s.tour?.steps ?? 0) - 1);
    expect(s.includeUnknown).toBe(true);
    expect(await page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable);
    expect(await page.evaluate(() => window.__atlas!.pairings())).toBe(data.pairings.length);
    expect(requests).toEqual([]);
  });

  test('the timeline draws, an image exports, and nothing reports an error (the base map loaded from memory)', async () => {
    const timeline = await page.locator('.sca-tl-year').count();
    expect(timeline).toBeGreaterThan(10);
    const image = await page.evaluate(() => window.__atlas!.exportImage(640, 360));
    expect(image).toMatchObject({ width: 640, height: 360 });
    expect(image.bytes).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });
});
