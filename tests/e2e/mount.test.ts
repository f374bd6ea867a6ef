import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

const data = readShippedDataset();
const drawable = data.pairings.filter((p) => p.notOnMap === null);
const founded1980s = drawable.filter((p) => p.year !== null && p.year >= 1980 && p.year <= 1990).length;

/** Records every WebGL2 context the page creates, so a test can count the ones still alive. */
function trackWebglContexts(): void {
  const contexts: WebGL2RenderingContext[] = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
    const context = getContext.call(this, type as '2d', options as CanvasRenderingContext2DSettings);
    if (type === 'webgl2' && context && !contexts.includes(context as unknown as WebGL2RenderingContext))
      contexts.push(context as unknown as WebGL2RenderingContext);
    return context;
  } as typeof getContext;
  (window as unknown as { __liveContexts: () => number }).__liveContexts = () => contexts.filter((c) => !c.isContextLost()).length;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

describe('atlases mounted side by side', () => {
  let app: AppSession;
  let dir = '';

  beforeAll(async () => {
    // The cycles mount a small dataset of the app's own format: what they check is the release of the
    // map, worker and listeners, not the parsing of 1.5 MB of JSON twenty times.
    dir = mkdtempSync(join(tmpdir(), 'sca-mount-'));
    writeFileSync(join(dir, 'small.json'), JSON.stringify({ ...data, pairings: data.pairings.slice(0, 200) }));
    app = await startApp({ viewport: { width: 1600, height: 900 }, mounts: { '/small/': dir } });
    await app.page.addInitScript(trackWebglContexts);
    await app.open('?test&lang=zh');
    await app.page.evaluate(() => {
      const page = document.getElementById('sca-root')!;
      page.style.height = '50vh';
      const second = document.createElement('div');
      second.id = 'second';
      second.style.height = '50vh';
      document.body.append(second);
    });
  });

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('two atlases on one page keep their own language, year window and arc count', async () => {
    const second = await app.page.evaluate(() => window.__atlasPage!.mount('#second', { lang: 'en' }));
    await app.page.evaluate(() => window.__atlas!.setYears(1980, 1990, 'range'));
    const first = await app.page.evaluate(() => ({ state: window.__atlas!.state(), arcs: window.__atlas!.drawnArcs() }));
    const other = await app.page.evaluate((n) => window.__atlasPage!.info(n), second);
    expect(first.state).toMatchObject({ lang: 'zh', yearFrom: 1980, yearTo: 1990, mode: 'range' });
    expect(first.arcs).toBe(founded1980s);
    expect(other).toMatchObject({ lang: 'en', rootLang: 'en', mode: 'cumulative', drawnArcs: drawable.length, title: 'Sister City Atlas' });
    expect(await app.page.locator('#sca-title').innerText()).toBe('友好城市地图集');
    expect(await app.page.locator('#sca2-title').innerText()).toBe('Sister City Atlas');
    expect(await app.page.locator('#sca-app').getAttribute('lang')).toBe('zh-Hans');

    await app.page.evaluate((n) => window.__atlasPage!.setLang(n, 'zh'), second);
    await app.page.evaluate((n) => window.__atlasPage!.setYears(n, 2000, 2000, 'range'), second);
    expect(await app.page.evaluate(() => window.__atlas!.state())).toMatchObject({ lang: 'zh', yearFrom: 1980, yearTo: 1990 });
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(founded1980s);
    await app.page.click('#sca2-lang-button');
    expect(await app.page.evaluate((n) => window.__atlasPage!.info(n).lang, second)).toBe('en');
    expect(await app.page.evaluate(() => window.__atlas!.state().lang)).toBe('zh');
    await app.screenshot('mount-two-atlases');
    await app.page.evaluate((n) => window.__atlasPage!.destroy(n), second);
    expect(await app.page.locator('#sca2-app').count()).toBe(0);
  });

  test('20 mount/destroy cycles leave no live WebGL context behind and a flat heap', async () => {
    const cdp = await app.context.newCDPSession(app.page);
    const cycle = () =>
      app.page.evaluate(async () => {
        const n = await window.__atlasPage!.mount('#second', { lang: 'en', dataUrl: 'small/small.json' });
        window.__atlasPage!.destroy(n);
      });
    const live = () => app.page.evaluate(() => (window as unknown as { __liveContexts: () => number }).__liveContexts());
    const liveBefore = await live();
    for (let i = 0; i < 5; i++) await cycle();
    const before = await heapAfterGc(cdp);
    for (let i = 0; i < 15; i++) await cycle();
    const after = await heapAfterGc(cdp);
    expect(await live()).toBe(liveBefore);
    console.log(`heap after 5 cycles ${(before / 1e6).toFixed(1)} MB, after 20 ${(after / 1e6).toFixed(1)} MB`);
    expect(after / before).toBeLessThan(1.1);
    expect(await app.page.locator('#second').evaluate((el) => el.childElementCount)).toBe(0);
  }, 600_000);

  test('a shader that fails to compile shows a message in the UI language and draws no arcs', async () => {
    await app.page.evaluate(() => window.__atlas!.breakArcShaders());
    const message = app.page.locator('#sca-message');
    await message.waitFor({ state: 'visible' });
    expect(await message.innerText()).toContain('无法绘制连线');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(0);
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
