import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../src/data/import/limits';
import { bigCsv } from '../fixtures/make';
import { readShippedDataset } from './dataset';
import { ROOT, startApp, type AppSession } from './harness';
import { startStaticServer } from './staticServer';
import { finishImport, openSourceStep } from './importSteps';

const shipped = readShippedDataset().pairings.length;

describe('import limits and failed fetches', () => {
  let app: AppSession;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sca-limits-'));
    writeFileSync(join(dir, 'page.csv'), '<!doctype html><html><body>Sign in</body></html>');
    app = await startApp({ mounts: { '/limits/': dir } });
    await app.open('?test');
  });

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function errorText(): Promise<string> {
    await app.page.locator('#sca-import-error').waitFor({ state: 'visible' });
    return app.page.locator('#sca-import-error').innerText();
  }

  test('a file over 300 MB is refused before it is read, and the shipped dataset stays', async () => {
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_IMPORT_BYTES + 1024 * 1024);
    closeSync(fd);
    await openSourceStep(app);
    await app.page.setInputFiles('#sca-import-file', path);
    expect(await errorText()).toContain('too large to load in a browser tab (301.0 MB; at most 300 MB)');
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
  });

  test('a file of more than 3 million lines is refused before it is parsed, and the shipped dataset stays', async () => {
    const path = join(dir, 'lines.csv');
    writeFileSync(path, `city,partner\n${'\n'.repeat(MAX_IMPORT_ROWS + 5)}`);
    await openSourceStep(app);
    await app.page.setInputFiles('#sca-import-file', path);
    expect(await errorText()).toContain('too many rows');
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
  });

  test('?data=javascript:… is refused with a message, in Chinese too, and nothing runs', async () => {
    const dialogs: string[] = [];
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await app.open('?test&data=javascript:alert(1)');
    expect(await errorText()).toContain('only be loaded from http or https links, not javascript:');
    await app.open('?test&lang=zh&data=data:text/csv,city,partner');
    expect(await errorText()).toContain('只能从 http 或 https 链接加载数据，不支持 data:');
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
    expect(dialogs).toEqual([]);
  });

  test('?data= of a missing file says it could not be fetched, with the status', async () => {
    await app.open('?test&data=limits/missing.csv');
    expect(await errorText()).toContain('could not be fetched: HTTP 404');
    await app.open('?test&lang=zh&data=limits/missing.csv');
    expect(await errorText()).toContain('无法获取数据：HTTP 404');
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
    // Chromium logs each failed request itself; those two are this test's point, not app errors.
    const logged = app.errors.filter((e) => /status of 404/.test(e));
    expect(logged.length).toBeGreaterThan(0);
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !/status of 404/.test(e)));
  });

  test('?data= that returns a web page instead of data says so', async () => {
    await app.open('?test&data=limits/page.csv');
    expect(await errorText()).toContain('returned a web page, not a data file');
    await app.open('?test&data=index.html');
    expect(await errorText()).toContain('returned a web page, not a data file');
    expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
  });

  /**
   * The page's policy allows connections to its own origin only, and the page fetches only a `?data=`
   * file on its own origin; a file on another host is fetched by the import worker, whose policy comes
   * from its own response (SECURITY.md). Another port is another origin.
   */
  test('?data= on another host imports when that host allows CORS, with no policy violation, and says it could not be fetched when it does not', async () => {
    const fixtures = join(ROOT, 'tests/fixtures/import');
    const open = await startStaticServer(fixtures, { headers: { 'access-control-allow-origin': '*' } });
    const closed = await startStaticServer(fixtures);
    const hosts = [open.origin, closed.origin];
    await app.context.route('**/*', (route) => (hosts.some((origin) => route.request().url().startsWith(`${origin}/`)) ? route.continue() : route.fallback()));
    try {
      await app.open(`?test&data=${encodeURIComponent(`${open.origin}/cities-zh.csv`)}`);
      await finishImport(app);
      await app.page.waitForFunction(() => window.__atlas!.drawnArcs() === 13);
      expect(await app.page.evaluate(() => window.__atlas!.lastImport()?.rows)).toBe(13);
      // The harness turns every securitypolicyviolation event into an error.
      expect(app.errors.filter((error) => error.startsWith('CSP violation'))).toEqual([]);
      await app.open(`?test&data=${encodeURIComponent(`${closed.origin}/cities-zh.csv`)}`);
      expect(await errorText()).toContain('could not be fetched');
      expect(await app.page.evaluate(() => window.__atlas!.pairings())).toBe(shipped);
    } finally {
      await open.close();
      await closed.close();
    }
  });

  /**
   * The worker reads, geocodes and builds; the page then takes the result in parts of 2,000 ties, builds
   * the dataset's indexes (cities, each filter dimension, the packed arcs) one task at a time, shows the
   * dataset in a task of its own, has the arc geometry built in another worker and uploads it over
   * several frames (a CPU profile before that showed one task of 10-20 s here). Measured on this
   * project's 2-core machine with software WebGL, the longest task is 55-110 ms (issue 14 aims at
   * 100 ms); this test holds it to issue 13's 200 ms.
   */
  test('importing 100,000 rows never blocks the main thread for more than 200 ms', async () => {
    writeFileSync(join(dir, 'big.csv'), bigCsv(100_000));
    await app.open('?test');
    const page = app.page;
    await openSourceStep(app);
    await page.evaluate(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
      }).observe({ type: 'longtask' });
    });
    await page.setInputFiles('#sca-import-file', join(dir, 'big.csv'));
    await finishImport(app);
    await page.waitForFunction(() => window.__atlas!.drawnArcs() === 100_000, undefined, { timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
    console.log('long tasks while importing 100,000 rows:', JSON.stringify(tasks));
    expect(tasks.filter((task) => task.duration > 200)).toEqual([]);
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
