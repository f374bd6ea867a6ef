import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

const data = readShippedDataset();
const drawable = data.pairings.filter((p) => p.notOnMap === null).length;

describe('the atlas on the shipped dataset', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp();
    await app.open('?test');
  });

  afterAll(async () => {
    await app?.close();
  });

  test('loads every pairing and draws an arc for each one with coordinates', async () => {
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(data.pairings.length);
    expect(drawable).toBeGreaterThan(2000);
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable);
    await app.screenshot('atlas-globe');
  });

  test('lists the ties that are not on the map with their reason', async () => {
    const missing = data.pairings.filter((p) => p.notOnMap !== null);
    await app.page.click('#sca-notonmap-button');
    const rows = app.page.locator('.sca-notonmap tr');
    expect(await rows.count()).toBe(missing.length);
    expect(await rows.first().innerText()).toMatch(/point|coordinates/);
    await app.page.keyboard.press('Escape');
    await app.page.locator('.sca-notonmap').waitFor({ state: 'detached' });
  });

  test('selecting Nanjing lists St. Louis, 1979 and Escape clears it', async () => {
    await app.page.evaluate(() => window.__atlas!.select('Nanjing'));
    const text = await app.page.evaluate(() => window.__atlas!.panelText());
    expect(text).toContain('Nanjing');
    expect(text).toMatch(/St\. Louis\s+(\S+\s+)?1979\n/);
    await app.screenshot('atlas-selected-nanjing');
    await app.page.keyboard.press('Escape');
    expect(await app.page.evaluate(() => window.__atlas!.panelText())).toBe('');
  });

  test('switches to the flat map and back', async () => {
    const toggle = app.page.locator('.sca-projection-toggle');
    await toggle.click();
    await app.page.evaluate(() => window.__atlas!.idle());
    expect(await app.page.evaluate(() => window.__atlas!.state().projection)).toBe('mercator');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable);
    await app.screenshot('atlas-flat');
    await toggle.click();
    await app.page.evaluate(() => window.__atlas!.idle());
    expect(await app.page.evaluate(() => window.__atlas!.state().projection)).toBe('globe');
  });

  test('switches the UI and city names to Chinese', async () => {
    await app.page.click('#sca-lang-button');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await app.page.evaluate(() => window.__atlas!.select('南京'));
    const text = await app.page.evaluate(() => window.__atlas!.panelText());
    expect(text).toContain('南京');
    expect(text).toContain('1979');
    await app.screenshot('atlas-selected-zh');
    await app.page.click('#sca-panel .sca-close');
    await app.page.click('#sca-lang-button');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
