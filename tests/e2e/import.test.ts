import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportCounts } from '../../src/data/import/report';
import { bigCsv } from '../fixtures/make';
import { readShippedDataset } from './dataset';
import { ROOT, startApp, type AppSession } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures/import');
const fixture = (name: string): string => join(FIXTURES, name);
const shipped = readShippedDataset().pairings.length;

function sum(counts: ImportCounts): number {
  return counts.loaded + counts.geocoded + counts.merged + counts.noYear + counts.notOnMap + counts.rejected;
}

describe('importing data through the file input', () => {
  let app: AppSession;
  let bigDir = '';

  beforeAll(async () => {
    app = await startApp({ mounts: { '/fixtures/': FIXTURES } });
    await app.open('?test');
  });

  afterAll(async () => {
    await app?.close();
    if (bigDir) rmSync(bigDir, { recursive: true, force: true });
  });

  /** Shows the dialog's first step: opens the dialog, and goes back from a mapping step left open. */
  async function openDialog(): Promise<void> {
    if (!(await app.page.locator('#sca-import-file').count())) await app.page.click('#sca-import-button');
    const back = app.page.locator('.sca-import-mapping .sca-import-buttons button').first();
    if (await back.count()) await back.click();
  }

  /**
   * Clicks through mapping and place choices (keeping the dialog's preselections) to the report,
   * then waits for the map to be idle unless `idle` is false (a software renderer takes minutes to
   * settle 100,000 arcs; the arc count is known as soon as the data is applied).
   */
  async function finish(idle = true): Promise<{ counts: ImportCounts; drawn: number }> {
    const page = app.page;
    await page.locator('#sca-import-load, #sca-import-apply, #sca-import-report').first().waitFor();
    if (await page.locator('#sca-import-load').count()) await page.click('#sca-import-load');
    await page.locator('#sca-import-apply, #sca-import-report').first().waitFor();
    if (await page.locator('#sca-import-apply').count()) await page.click('#sca-import-apply');
    await page.locator('#sca-import-report').waitFor();
    if (idle) await page.evaluate(() => window.__atlas!.idle());
    const counts = await page.evaluate(() => window.__atlas!.lastImport());
    if (!counts) throw new Error('no import report');
    return { counts, drawn: await page.evaluate(() => window.__atlas!.drawnArcs()) };
  }

  async function importFiles(...paths: string[]): Promise<{ counts: ImportCounts; drawn: number }> {
    await openDialog();
    await app.page.setInputFiles('#sca-import-file', paths);
    return finish();
  }

  test('a UTF-8 CSV with Chinese headers and no coordinates is geocoded and drawn', async () => {
    const { counts, drawn } = await importFiles(fixture('cities-zh.csv'));
    expect(counts).toEqual({ rows: 13, loaded: 0, geocoded: 12, merged: 0, noYear: 1, notOnMap: 0, rejected: 0 });
    expect(sum(counts)).toBe(13);
    expect(drawn).toBe(13);
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(13);
    expect(await app.page.locator('#sca-dataset').innerText()).toBe('cities-zh.csv');
    await app.screenshot('import-cities-zh');
  });

  test('the same file in GB18030 is detected as such and gives the same result', async () => {
    await openDialog();
    await app.page.setInputFiles('#sca-import-file', fixture('cities-zh-gb18030.csv'));
    await app.page.locator('#sca-import-encoding').waitFor();
    expect(await app.page.locator('#sca-import-encoding').inputValue()).toBe('gb18030');
    expect(await app.page.locator('.sca-import-preview').innerText()).toContain('南京市');
    const { counts, drawn } = await finish();
    expect(sum(counts)).toBe(13);
    expect(counts.geocoded).toBe(12);
    expect(drawn).toBe(13);
  });

  test('a GeoJSON file of LineStrings draws its lines and rejects the polygon', async () => {
    const { counts, drawn } = await importFiles(fixture('ties.geojson'));
    expect(counts).toEqual({ rows: 6, loaded: 4, geocoded: 0, merged: 0, noYear: 1, notOnMap: 0, rejected: 1 });
    expect(sum(counts)).toBe(6);
    expect(drawn).toBe(5);
  });

  test('a FlowmapBlue locations + flows pair draws its flows', async () => {
    const { counts, drawn } = await importFiles(fixture('flows-locations.csv'), fixture('flows-flows.csv'));
    expect(counts).toEqual({ rows: 4, loaded: 3, geocoded: 0, merged: 0, noYear: 0, notOnMap: 0, rejected: 1 });
    expect(sum(counts)).toBe(4);
    expect(drawn).toBe(3);
  });

  test('a malformed file lists each bad row with its reason', async () => {
    const { counts, drawn } = await importFiles(fixture('malformed.csv'));
    expect(counts).toEqual({ rows: 10, loaded: 1, geocoded: 0, merged: 1, noYear: 1, notOnMap: 4, rejected: 3 });
    expect(sum(counts)).toBe(10);
    expect(drawn).toBe(2);
    const reasons = await app.page
      .locator('#sca-import-report li[data-row]')
      .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-row')}:${item.getAttribute('data-reason')}`).sort());
    expect(reasons).toEqual([
      '10:cn-ambiguous',
      '11:cn-name-missing',
      '2:coordinates-in-file',
      '3:partner-name-missing',
      '4:same-city',
      '5:coordinates-out-of-range',
      '6:coordinates-invalid',
      '7:year-unreadable',
      '8:duplicate',
      '9:partner-not-found',
    ]);
    expect(await app.page.locator('[data-row="4"]').innerText()).toContain('a city paired with itself');
    const download = app.page.waitForEvent('download');
    await app.page.click('#sca-import-download');
    const csv = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv.trim().split('\r\n')).toHaveLength(11);
    await app.screenshot('import-malformed-report');
  });

  test('bad input shows a message and keeps the previous dataset', async () => {
    const before = await app.page.evaluate(() => window.__atlas!.pairings());
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const file of [
      { name: 'garbage.csv', mimeType: 'text/csv', buffer: garbage },
      { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
      { name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) },
    ]) {
      await openDialog();
      await app.page.setInputFiles('#sca-import-file', file);
      await app.page.locator('#sca-import-error').waitFor({ state: 'visible' });
      expect(await app.page.locator('#sca-import-error').innerText()).toContain('previous data');
      expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(before);
    }
    await app.page.setInputFiles('#sca-import-file', { name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from('foo,bar\n1,2\n') });
    await app.page.locator('#sca-import-load').waitFor();
    expect(await app.page.locator('#sca-import-load').isDisabled()).toBe(true);
    expect(await app.page.locator('.sca-import-intro').innerText()).toContain('No column was recognised');
    expect(await app.page.locator('.sca-import-problem').innerText()).toBe('Choose the column that holds the Chinese city.');
    await app.page.selectOption('#sca-import-map-cnName', '0');
    await app.page.selectOption('#sca-import-map-partnerName', '1');
    expect(await app.page.locator('#sca-import-load').isDisabled()).toBe(false);
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(before);
    expect(app.errors).toEqual([]);
  });

  test('the dialog, its errors and the report follow the UI language', async () => {
    await app.page.click('#sca-lang-button');
    await openDialog();
    await app.page.setInputFiles('#sca-import-file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await app.page.locator('#sca-import-error').waitFor({ state: 'visible' });
    expect(await app.page.locator('#sca-import-error').innerText()).toBe('文件是空的。 地图仍显示之前的数据。');
    await app.page.setInputFiles('#sca-import-file', fixture('malformed.csv'));
    await app.page.locator('#sca-import-load').waitFor();
    expect(await app.page.locator('label[for="sca-import-map-cnName"]').innerText()).toBe('中方城市');
    await app.screenshot('import-mapping-zh');
    await finish();
    expect(await app.page.locator('[data-group="rejected"] summary').innerText()).toContain('已拒绝');
    expect(await app.page.locator('[data-row="4"]').innerText()).toContain('城市与自身结对');
    await app.screenshot('import-report-zh');
    await app.page.click('#sca-lang-button');
    expect(await app.page.locator('[data-row="4"]').innerText()).toContain('a city paired with itself');
  });

  test('pasted CSV text loads, and "Back to default data" restores the shipped dataset', async () => {
    await app.page.click('#sca-import-button');
    await app.page.fill('#sca-import-paste', 'city,partner,country,year\nNanjing,Leeds,GB,1979\nShanghai,Osaka,JP,1974\n');
    await app.page.click('#sca-import-paste-load');
    const { counts, drawn } = await finish();
    expect(sum(counts)).toBe(2);
    expect(drawn).toBe(2);
    await app.page.click('#sca-import-done');
    await app.page.click('#sca-import-button');
    await app.page.click('#sca-import-default');
    await app.page.waitForFunction((n) => window.__atlas!.pairings() === n, shipped);
    await app.page.evaluate(() => window.__atlas!.idle());
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
    expect(await app.page.evaluate(() => window.__atlas!.lastImport())).toBeNull();
  });

  test('files dropped onto the map are imported', async () => {
    const text = readFileSync(fixture('flows-flows.csv'), 'utf8');
    const locations = readFileSync(fixture('flows-locations.csv'), 'utf8');
    await app.page.evaluate(
      ([flows, places]) => {
        const data = new DataTransfer();
        data.items.add(new File([flows!], 'flows.csv', { type: 'text/csv' }));
        data.items.add(new File([places!], 'locations.csv', { type: 'text/csv' }));
        const map = document.getElementById('sca-map')!;
        map.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
        map.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [text, locations],
    );
    const { counts, drawn } = await finish();
    expect(sum(counts)).toBe(4);
    expect(drawn).toBe(3);
    expect(await app.page.locator('#sca-dataset').innerText()).toBe('flows.csv + locations.csv');
  });

  test('?data=<url> imports a file from the same origin', async () => {
    await app.open('?test&data=fixtures/cities-zh.csv');
    const { counts, drawn } = await finish();
    expect(sum(counts)).toBe(13);
    expect(drawn).toBe(13);
  });

  test('a 100,000-row CSV shows progress and the page answers input while it loads', async () => {
    bigDir = mkdtempSync(join(tmpdir(), 'sca-import-'));
    const path = join(bigDir, 'big.csv');
    writeFileSync(path, bigCsv(100_000));
    const page = app.page;
    await openDialog();
    await page.setInputFiles('#sca-import-file', path);
    await page.locator('#sca-import-load').waitFor();
    await page.evaluate(() => {
      // While the worker reads, geocodes and builds, a timer ticks every 20 ms and rAF counts frames:
      // the longest gap between ticks is how long the page would keep a click waiting.
      const probe = { gaps: [] as number[], frames: 0, last: performance.now() };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      const busy = (): boolean => document.querySelector('#sca-import-progress') !== null;
      const tick = (): void => {
        const now = performance.now();
        if (busy()) probe.gaps.push(now - probe.last);
        probe.last = now;
        if (!document.querySelector('#sca-import-report')) window.setTimeout(tick, 20);
      };
      const frame = (): void => {
        if (busy()) probe.frames++;
        if (!document.querySelector('#sca-import-report')) requestAnimationFrame(frame);
      };
      window.setTimeout(tick, 20);
      requestAnimationFrame(frame);
    });
    await page.click('#sca-import-load');
    await page.locator('#sca-import-progress').waitFor({ state: 'visible' });
    const clickStart = Date.now();
    await page.click('#sca-import h2');
    const clickMs = Date.now() - clickStart;
    await page.locator('#sca-import-report').waitFor({ timeout: 120_000 });
    const probe = await page.evaluate(() => (window as unknown as { __probe: { gaps: number[]; frames: number } }).__probe);
    expect(probe.gaps.length).toBeGreaterThan(10);
    expect(probe.frames).toBeGreaterThan(2);
    // The worker's phases leave gaps of tens of milliseconds; taking the result, one task at a time, up to
    // ~300 ms on this 2-core machine: a tick can wait behind a task and a frame of the map. limits.test.ts
    // holds each task to 200 ms.
    console.log('longest gap while a 100,000-row file loads:', Math.round(Math.max(...probe.gaps)), 'ms');
    expect(Math.max(...probe.gaps)).toBeLessThan(500);
    expect(clickMs).toBeLessThan(3000);
    const { counts } = await finish(false);
    expect(counts.rows).toBe(100_000);
    expect(sum(counts)).toBe(100_000);
    // The arcs of a file this large are densified in a worker: they are drawn once it answers.
    await page.waitForFunction(() => window.__atlas!.drawnArcs() === 100_000, undefined, { timeout: 120_000 });
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
