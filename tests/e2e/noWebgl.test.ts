import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

const dataset = readShippedDataset();
const dated = dataset.pairings.filter((p) => p.year !== null);
const firstYear = Math.min(...dated.map((p) => p.year!));

/** An init script that makes every WebGL context creation fail, as on a browser or GPU without WebGL. */
function disableWebgl(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (/webgl/i.test(type)) return null;
    return (original as (this: HTMLCanvasElement, ...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof original;
}

describe('without WebGL', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp();
    await app.page.addInitScript(disableWebgl);
  });

  afterAll(async () => {
    await app?.close();
  });

  afterEach(() => {
    expect(app.externalRequests).toEqual([]);
  });

  test('the map is replaced by a clear message in English, and the data still loads', async () => {
    await app.open('?test&lang=en');
    const message = app.page.locator('#sca-message');
    await message.waitFor({ state: 'visible' });
    expect(await message.innerText()).toContain('cannot draw the map (WebGL2 is not available)');
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(dataset.pairings.length);
    await app.screenshot('no-webgl-en');
  });

  test('the message is in Chinese with lang=zh', async () => {
    await app.open('?test&lang=zh');
    await app.page.locator('#sca-message').waitFor({ state: 'visible' });
    expect(await app.page.locator('#sca-message').innerText()).toContain('不支持 WebGL2');
  });

  test('the timeline still filters: a year change updates the counter', async () => {
    await app.open('?test&lang=en');
    const before = await app.page.locator('#sca-counter').innerText();
    await app.page.evaluate((year) => window.__atlas!.setYears(year, year, 'cumulative'), firstYear);
    await app.page.waitForFunction((text) => document.querySelector('#sca-counter')?.textContent !== text, before);
    expect(await app.page.evaluate(() => window.__atlas!.state().yearTo)).toBe(firstYear);
    await app.page.locator('#sca-timeline button').first().focus();
    expect(await app.page.locator('#sca-timeline svg').count()).toBeGreaterThan(0);
  });

  test('the city panel still opens for a selected city', async () => {
    await app.open('?test&lang=en');
    await app.page.evaluate(() => window.__atlas!.select('Nanjing'));
    expect(await app.page.evaluate(() => window.__atlas!.panelText())).toContain('Nanjing');
  });

  test('import still works without a map', async () => {
    await app.open('?test&lang=en');
    await app.page.click('#sca-import-button');
    await app.page.locator('#sca-import-paste').fill('city,partner,country,year\n南京市,St. Louis,US,1979\n上海市,San Francisco,US,1980\n');
    await app.page.click('#sca-import-paste-load');
    await app.page.locator('#sca-import-load, #sca-import-apply, #sca-import-report').first().waitFor();
    if (await app.page.locator('#sca-import-load').count()) await app.page.click('#sca-import-load');
    await app.page.locator('#sca-import-apply, #sca-import-report').first().waitFor();
    if (await app.page.locator('#sca-import-apply').count()) await app.page.click('#sca-import-apply');
    await app.page.locator('#sca-import-report').waitFor();
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(2);
  });

  test('logged only the WebGL failure', () => {
    expect(app.errors.filter((e) => !/webgl/i.test(e))).toEqual([]);
  });
});

describe('a lost WebGL context', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp();
    await app.open('?test');
  });

  afterAll(async () => {
    await app?.close();
  });

  test('brings the arcs back when the context is restored (WEBGL_lose_context)', async () => {
    const page = app.page;
    const before = await page.evaluate(() => window.__atlas!.drawnArcs());
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#sca-map canvas')!;
      const gl = canvas.getContext('webgl2')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
      return new Promise<void>((resolve) => {
        canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
        lose.loseContext();
      });
    });
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#sca-map canvas')!;
      return new Promise<void>((resolve) => {
        canvas.addEventListener('webglcontextrestored', () => resolve(), { once: true });
        (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext();
      });
    });
    await page.waitForFunction((count) => window.__atlas!.drawnArcs() === count, before, { timeout: 120_000 });
    await page.evaluate(() => window.__atlas!.idle());
    expect(await page.evaluate(() => window.__atlas!.drawnArcs())).toBe(before);
    await app.screenshot('context-restored');
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
