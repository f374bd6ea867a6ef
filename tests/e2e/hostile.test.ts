import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_CITIES, hostileAtlas, hostileCsv } from '../fixtures/xss/hostileFiles';
import { FILE_NAME_PAYLOADS, XSS_PAYLOADS } from '../fixtures/xss/payloads';
import { startApp, type AppSession } from './harness';
import { finishImport, openSourceStep } from './importSteps';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Every link in an element: its href, rel and target. */
async function linksIn(app: AppSession, selector: string): Promise<{ href: string; rel: string; target: string; text: string }[]> {
  return app.page.locator(`${selector} a`).evaluateAll((links) =>
    links.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      rel: a.getAttribute('rel') ?? '',
      target: a.getAttribute('target') ?? '',
      text: a.textContent ?? '',
    })),
  );
}

function expectSafeLinks(links: { href: string; rel: string; target: string }[]): void {
  for (const link of links) {
    expect(new URL(link.href).protocol).toMatch(/^https?:$/);
    expect(link.rel).toBe('noopener noreferrer');
  }
}

describe('hostile strings in data', () => {
  let app: AppSession;
  let dir = '';
  const dialogs: string[] = [];
  const navigations: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sca-xss-'));
    writeFileSync(join(dir, 'hostile-atlas.json'), JSON.stringify(hostileAtlas()));
    writeFileSync(join(dir, 'hostile.csv'), hostileCsv());
    app = await startApp({ mounts: { '/xss/': dir } });
    app.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    app.page.on('framenavigated', (frame) => {
      if (frame === app.page.mainFrame()) navigations.push(frame.url());
    });
  });

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Nothing ran: no dialog, no `window.__pwned`, no navigation after the page was opened, no error or CSP violation. */
  async function expectNothingRan(openedUrl: string): Promise<void> {
    expect(dialogs).toEqual([]);
    expect(await app.page.evaluate(() => window.__pwned)).toBeUndefined();
    // The atlas rewrites its own query (the view lives in the URL); leaving the page is what must not happen.
    const page = (url: string): string => `${new URL(url).origin}${new URL(url).pathname}`;
    expect(navigations.filter((url) => page(url) !== page(openedUrl))).toEqual([]);
    expect(page(app.page.url())).toBe(page(openedUrl));
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    navigations.length = 0;
  }

  /** Opens the app at `query`; navigations are counted from there on. */
  async function open(query: string): Promise<string> {
    await app.open(query);
    navigations.length = 0;
    return app.page.url();
  }

  test('?data= with a payload in every string field shows them as text, and every panel link is http(s) with noopener noreferrer', async () => {
    const query = '?test&data=xss/hostile-atlas.json';
    const opened = await open(query);
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(XSS_PAYLOADS.length);
    expect(await app.page.locator('#sca-dataset').innerText()).toBe(XSS_PAYLOADS[0]);
    let links = 0;
    for (let city = 0; city < HOSTILE_CITIES; city++) {
      await app.page.evaluate((name) => window.__atlas!.select(name), `Hostcity${city}`);
      const panel = await app.page.evaluate(() => window.__atlas!.panelText());
      expect(panel).toContain(`Hostcity${city}`);
      const found = await linksIn(app, '#sca-panel');
      expectSafeLinks(found);
      links += found.length;
      const plain = await app.page.locator('#sca-panel').evaluate((el) => el.textContent ?? '');
      for (const [i, payload] of XSS_PAYLOADS.entries()) {
        if (i % HOSTILE_CITIES === city && /^<script>/.test(payload)) expect(plain).toContain(payload);
      }
    }
    expect(links).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
    const markup = await app.page
      .locator('#sca-panel')
      .evaluate((el) => el.querySelectorAll('script, img, svg:not(.sca-icon), iframe, object, embed, style, form, base, meta').length);
    expect(markup).toBe(0);
    await app.page.click('#sca-about-button');
    await app.page.locator('dialog[open]').first().waitFor();
    expectSafeLinks(await linksIn(app, 'dialog[open]'));
    await app.page.keyboard.press('Escape');
    await app.page.click('#sca-notonmap-button');
    await app.page.locator('dialog[open]').first().waitFor();
    expectSafeLinks(await linksIn(app, 'dialog[open]'));
    await app.page.keyboard.press('Escape');
    await app.screenshot('hostile-data-panel');
    await expectNothingRan(opened);
  });

  test('a partner city named with a payload can be selected and its panel shows the name as text', async () => {
    const opened = app.page.url();
    for (const payload of XSS_PAYLOADS.filter((p) => /^<(img|svg|script)/.test(p)).slice(0, 5)) {
      await app.page.evaluate((name) => window.__atlas!.select(name), payload);
      const text = await app.page.locator('#sca-panel').evaluate((el) => el.textContent ?? '');
      expect(text).toContain(payload);
      expectSafeLinks(await linksIn(app, '#sca-panel'));
    }
    await expectNothingRan(opened);
  });

  test('?data= with a hostile CSV imports it through the worker and shows every payload as text', async () => {
    const query = '?test&data=xss/hostile.csv';
    const opened = await open(query);
    const page = app.page;
    await page.locator('#sca-import-load, #sca-import-apply, #sca-import-report').first().waitFor();
    await finishImport(app);
    const counts = await page.evaluate(() => window.__atlas!.lastImport());
    expect(counts!.rows).toBe(XSS_PAYLOADS.length);
    expect(
      await page
        .locator('.sca-import-dialog, dialog[open]')
        .first()
        .evaluate((el) => el.querySelectorAll('script, img, iframe, object, embed').length),
    ).toBe(0);
    await expectNothingRan(opened);
  });

  test('files named with payloads import through #sca-import-file and the name is shown as text', async () => {
    const opened = app.page.url();
    const page = app.page;
    const csv = Buffer.from('city,partner,country,year\n南京市,St. Louis,US,1979\n上海市,San Francisco,US,1980\n');
    for (const name of FILE_NAME_PAYLOADS.slice(0, 6)) {
      await openSourceStep(app);
      await page.setInputFiles('#sca-import-file', { name: `${name}.csv`, mimeType: 'text/csv', buffer: csv });
      await finishImport(app);
      expect(await page.locator('#sca-dataset').innerText()).toBe(`${name}.csv`);
      expect(await page.locator('#sca-import-report').innerText()).toContain(name);
    }
    await openSourceStep(app);
    await page.setInputFiles('#sca-import-file', { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
    await page.locator('.sca-import-mapping').waitFor();
    expect(await page.locator('.sca-import-mapping select option').allTextContents()).toEqual(expect.arrayContaining(XSS_PAYLOADS.slice(0, 8)));
    expect(await page.locator('.sca-import-preview').evaluate((el) => el.textContent ?? '')).toContain(XSS_PAYLOADS[0]);
    await finishImport(app);
    await page.evaluate(() => window.__atlas!.select('St. Louis'));
    expectSafeLinks(await linksIn(app, '#sca-panel'));
    await app.screenshot('hostile-import-report');
    await expectNothingRan(opened);
  });
});
