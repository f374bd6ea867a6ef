import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { ROOT, startApp, type AppSession } from './harness';
import { layoutProblems } from './layoutCheck';
import { startStaticServer, type StaticServer } from './staticServer';

const data = readShippedDataset();
/** Wuxi (320200) with its districts and counties: every tie whose Chinese side's code starts 3202. */
const wuxi = data.pairings.filter((p) => p.cn.code.startsWith('3202'));
const wuxiDrawn = wuxi.filter((p) => p.notOnMap === null).length;
const wuxiFirst = wuxi.filter((p) => p.year !== null).sort((a, b) => a.year! - b.year!)[0]!.partner;

async function openIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__atlas !== undefined);
  await page.evaluate(() => window.__atlas!.idle());
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

describe('embedding the atlas', () => {
  let app: AppSession;
  let host: StaticServer;
  let hostDir: string;

  beforeAll(async () => {
    hostDir = mkdtempSync(join(tmpdir(), 'sca-host-'));
    app = await startApp({ viewport: { width: 800, height: 500 }, mounts: { '/lib/': join(ROOT, 'dist-lib'), '/host/': hostDir } });
    host = await startStaticServer(hostDir);
    // The second origin is local too: let its requests through (the harness blocks every other origin).
    await app.context.route('**/*', (route) => (route.request().url().startsWith(`${host.origin}/`) ? route.continue() : route.fallback()));
  });

  afterAll(async () => {
    await app?.close();
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  test('?embed=1&home=无锡 draws exactly the ties of Wuxi and its districts and counties, and its card names its first partner', async () => {
    await app.open('?test&embed=1&home=无锡&lang=zh');
    expect(wuxiFirst.nameZh).toBe('明石市');
    expect(wuxiFirst.nameEn).toBe('Akashi');
    const state = await app.page.evaluate(() => window.__atlas!.state());
    expect(state).toMatchObject({ home: '320200', embed: true, lang: 'zh' });
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(wuxiDrawn);
    const card = await app.page.locator('#sca-home-card').innerText();
    expect(card).toContain('无锡 Wuxi');
    expect(card).toContain(wuxiFirst.nameZh);
    expect(card).toContain(`${wuxi.length}`);
    expect(await app.page.locator('#sca-import-button').isVisible()).toBe(false);
    expect(await app.page.locator('#sca-lang-button').isVisible()).toBe(false);
    expect(await app.page.locator('#sca-about-button').isVisible()).toBe(false);
    const link = app.page.locator('#sca-open-full');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await link.focus();
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('index.html?');
    expect(href).toContain('home=320200');
    expect(href).not.toContain('embed=');
    await app.screenshot('embed-wuxi-zh');
  });

  test('the home card is in English with lang=en, and embed.html is the embed view', async () => {
    await app.open('?test&embed=1&home=Wuxi&lang=en');
    expect(await app.page.locator('#sca-home-card').innerText()).toContain(`first: ${wuxiFirst.nameEn}`);
    await openIn(app.page, `${app.origin}/embed.html?test&home=320200`);
    expect(await app.page.evaluate(() => window.__atlas!.state())).toMatchObject({ embed: true, home: '320200' });
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(wuxiDrawn);
  });

  test('home=江苏省 shows the ties of the whole province', async () => {
    await app.open('?test&embed=1&home=江苏省');
    const jiangsu = data.pairings.filter((p) => p.cn.code.startsWith('32') && p.notOnMap === null).length;
    expect(await app.page.evaluate(() => window.__atlas!.state().home)).toBe('320000');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(jiangsu);
  });

  for (const [width, height] of [
    [320, 480],
    [390, 844],
    [800, 500],
  ] as const) {
    test(`at ${width}×${height} nothing sticks out of the viewport or covers the map's controls (full page and embed)`, async () => {
      await app.page.setViewportSize({ width, height });
      for (const query of ['?test', '?test&embed=1&home=无锡&lang=zh']) {
        await app.open(query);
        await app.screenshot(`embed-layout-${width}x${height}-${query.includes('embed') ? 'embed' : 'page'}`);
        expect({ query, problems: await app.page.evaluate(layoutProblems) }).toEqual({ query, problems: [] });
      }
      await app.page.setViewportSize({ width: 800, height: 500 });
    });
  }

  test('at 390 px the tooltip closes on a tap elsewhere, and the menu and legend fold out', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.open('?test');
    await app.page.evaluate(() => {
      const tooltip = document.getElementById('sca-tooltip')!;
      tooltip.textContent = 'Akashi';
      tooltip.hidden = false;
    });
    await app.page.locator('#sca-timeline').dispatchEvent('pointerdown', { pointerType: 'touch' });
    expect(await app.page.locator('#sca-tooltip').isHidden()).toBe(true);
    await app.page.click('#sca-menu-button');
    expect(await app.page.locator('#sca-import-button').isVisible()).toBe(true);
    await app.page.click('#sca-legend-toggle');
    expect(await app.page.locator('#sca-legend').isVisible()).toBe(true);
    await app.page.setViewportSize({ width: 800, height: 500 });
  });

  test('the Share dialog gives the link of the view and an iframe snippet with a live preview', async () => {
    await app.open('?test&years=1990-2000');
    await app.page.click('#sca-share-button');
    const link = await app.page.locator('.sca-share-link').inputValue();
    expect(link).toContain('years=1990-2000');
    expect(link).toContain('embed=1');
    const snippet = await app.page.locator('.sca-share-snippet').inputValue();
    expect(snippet).toMatch(/^<div style="position:relative;width:100%;aspect-ratio:16\/9/);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('title="Sister City Atlas"');
    await app.page.fill('.sca-share-home', '无锡');
    await app.page.click('.sca-share-fixed');
    const fixed = await app.page.locator('.sca-share-snippet').inputValue();
    expect(fixed).toContain('width="800" height="450"');
    expect(fixed).toContain('home=320200');
    await app.page.locator('.sca-share-frame').waitFor({ state: 'attached' });
    expect(await app.page.locator('.sca-share-frame').getAttribute('src')).toContain('home=320200');
  });

  test('a host page on another origin drives the framed atlas by postMessage; other origins are ignored and counted', async () => {
    const frameUrl = (origins: string) => `${app.origin}/index.html?test&embed=1&origins=${encodeURIComponent(origins)}`;
    writeFileSync(
      join(hostDir, 'frames.html'),
      `<!doctype html><meta charset="utf-8"><body style="margin:0">
<iframe id="allowed" src="${frameUrl(host.origin)}" sandbox="allow-scripts allow-same-origin" style="width:480px;height:400px;border:0"></iframe>
<iframe id="other" src="${frameUrl('http://127.0.0.1:9')}" sandbox="allow-scripts allow-same-origin" style="width:480px;height:400px;border:0"></iframe>
<script>
window.received = [];
addEventListener('message', (event) => { if (event.data && event.data.source === 'sister-city-atlas') received.push(event.data.type); });
window.send = (id, message) => document.getElementById(id).contentWindow.postMessage(message, ${JSON.stringify(app.origin)});
</script></body>`,
    );
    await app.page.setViewportSize({ width: 1000, height: 420 });
    await app.page.goto(`${host.origin}/frames.html`);
    const frame = async (id: string) => (await (await app.page.$(`#${id}`))!.contentFrame())!;
    const allowed = await frame('allowed');
    const other = await frame('other');
    for (const f of [allowed, other]) {
      await f.waitForFunction(() => window.__atlas !== undefined);
      await f.evaluate(() => window.__atlas!.idle());
    }
    const command = { source: 'sister-city-atlas', version: 1, type: 'setYears', from: 1990, to: 2000, mode: 'range' };
    await app.page.evaluate((message) => {
      const send = (window as unknown as { send: (id: string, m: unknown) => void }).send;
      send('allowed', message);
      send('other', message);
      send('allowed', { source: 'sister-city-atlas', version: 1, type: 'setYears', from: 'soon' });
    }, command);
    await allowed.waitForFunction(() => window.__atlas!.state().yearFrom === 1990);
    await other.waitForFunction(() => window.__atlas!.ignoredMessages() === 1);
    expect(await allowed.evaluate(() => window.__atlas!.state())).toMatchObject({ yearFrom: 1990, yearTo: 2000, mode: 'range' });
    expect(await allowed.evaluate(() => window.__atlas!.ignoredMessages())).toBe(1);
    expect(await other.evaluate(() => window.__atlas!.state().mode)).toBe('cumulative');
    await app.page.waitForFunction(() => (window as unknown as { received: string[] }).received.includes('yearchange'));
    expect(await app.page.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual(expect.arrayContaining(['ready', 'yearchange']));
    await app.page.setViewportSize({ width: 800, height: 500 });
  });

  test('an ES-module host page shows two atlases from dist-lib that do not affect each other', async () => {
    writeFileSync(
      join(hostDir, 'lib.html'),
      `<!doctype html><meta charset="utf-8">
<link rel="stylesheet" href="/lib/sister-city-atlas.css">
<body style="margin:0;font-family:serif">
<div id="a" style="height:400px"></div><div id="b" style="height:400px"></div>
<script type="module">
import { createAtlas } from '/lib/sister-city-atlas.js';
const ready = (atlas) => new Promise((resolve) => atlas.on('ready', resolve));
window.atlases = [createAtlas(document.getElementById('a'), { home: '无锡', lang: 'zh' }), createAtlas(document.getElementById('b'), { home: 'Nanjing', lang: 'en' })];
window.events = [];
window.atlases[1].on('yearchange', (e) => events.push(['b', e]));
window.allReady = Promise.all(window.atlases.map(ready));
window.cycle = async () => {
  const el = document.createElement('div');
  el.style.height = '300px';
  document.body.append(el);
  const atlas = createAtlas(el, { lang: 'en', data: '/host/wuxi.json' });
  await ready(atlas);
  atlas.destroy();
  el.remove();
};
</script></body>`,
    );
    await app.page.setViewportSize({ width: 900, height: 820 });
    await app.page.goto(`${app.origin}/host/lib.html`);
    await app.page.waitForFunction(() => 'allReady' in window);
    await app.page.evaluate(() => (window as unknown as { allReady: Promise<unknown> }).allReady);
    type Api = {
      getState(): { lang: string; home: string | null; years: { from: number; to: number } };
      setYears(from: number, to: number, mode?: string): void;
    };
    const states = () => app.page.evaluate(() => (window as unknown as { atlases: Api[] }).atlases.map((a) => a.getState()));
    const [a, b] = await states();
    expect(a).toMatchObject({ lang: 'zh', home: '320200' });
    expect(b).toMatchObject({ lang: 'en', home: '320100' });
    expect(await app.page.locator('#sca-title').innerText()).toBe('友好城市地图集');
    expect(await app.page.locator('#sca2-title').innerText()).toBe('Sister City Atlas');
    expect(await app.page.locator('#sca-home-card').innerText()).toContain(wuxiFirst.nameZh);
    expect(await app.page.locator('#sca2-home-card').innerText()).toContain('Nanjing');
    expect(await app.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe('serif');
    for (const id of ['#sca-map', '#sca2-map']) expect(await app.page.locator(id).evaluate((el) => el.clientHeight)).toBeGreaterThan(150);
    await app.page.evaluate(() => (window as unknown as { atlases: Api[] }).atlases[0]!.setYears(1990, 2000, 'range'));
    const [a2, b2] = await states();
    expect(a2!.years).toEqual({ from: 1990, to: 2000 });
    expect(b2!.years).toEqual(b!.years);
    expect(await app.page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([]);
    await app.screenshot('embed-lib-two-atlases');
  });

  test('20 create/destroy cycles of the library leave the heap flat', { timeout: 900_000 }, async () => {
    // Wuxi's ties alone, so that twenty cycles spend their time mounting and destroying, not parsing.
    writeFileSync(join(hostDir, 'wuxi.json'), JSON.stringify({ ...data, pairings: wuxi }));
    const cdp = await app.context.newCDPSession(app.page);
    const cycle = () => app.page.evaluate(() => (window as unknown as { cycle: () => Promise<void> }).cycle());
    for (let i = 0; i < 5; i++) await cycle();
    const before = await heapAfterGc(cdp);
    for (let i = 0; i < 15; i++) await cycle();
    const after = await heapAfterGc(cdp);
    console.log(`library heap after 5 cycles ${(before / 1e6).toFixed(1)} MB, after 20 ${(after / 1e6).toFixed(1)} MB`);
    expect(after / before).toBeLessThan(1.1);
    expect(await app.page.locator('body > div').count()).toBe(2);
  });

  test('<sister-city-atlas home="无锡" lang="zh" years="1980-2020"> reads its attributes and follows their changes', async () => {
    writeFileSync(
      join(hostDir, 'element.html'),
      `<!doctype html><meta charset="utf-8">
<link rel="stylesheet" href="/lib/sister-city-atlas.css">
<script type="module" src="/lib/sister-city-atlas.js"></script>
<body style="margin:0"><sister-city-atlas home="无锡" lang="zh" years="1980-2020" style="display:block;height:420px"></sister-city-atlas></body>`,
    );
    await app.page.goto(`${app.origin}/host/element.html`);
    type Element = HTMLElement & { atlas: { getState(): { lang: string; home: string | null; years: { from: number; to: number } } } | null };
    await app.page.waitForFunction(() => (document.querySelector('sister-city-atlas') as Element | null)?.atlas?.getState().years.from === 1980);
    const state = () => app.page.evaluate(() => (document.querySelector('sister-city-atlas') as Element).atlas!.getState());
    expect(await state()).toMatchObject({ lang: 'zh', home: '320200', years: { from: 1980, to: 2020 } });
    await app.page.evaluate(() => document.querySelector('sister-city-atlas')!.setAttribute('lang', 'en'));
    expect((await state()).lang).toBe('en');
    expect(await app.page.locator('#sca-title').innerText()).toBe('Sister City Atlas');
  });

  test('made no request outside the two local servers and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
