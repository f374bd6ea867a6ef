import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

const data = readShippedDataset();
const drawable = data.pairings.filter((p) => p.notOnMap === null);

/** The parts of the state a link must carry. */
type Shared = { lang: string; yearFrom: number; yearTo: number; mode: string; includeUnknown: boolean; selected: string | null; home: string | null };

describe('the view in the URL', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1000, height: 700 } });
    await app.open('?test');
  });

  afterAll(async () => {
    await app?.close();
  });

  const shared = () =>
    app.page.evaluate((): Shared => {
      const s = window.__atlas!.state();
      return { lang: s.lang, yearFrom: s.yearFrom, yearTo: s.yearTo, mode: s.mode, includeUnknown: s.includeUnknown, selected: s.selected, home: s.home };
    });

  test('location.href after setting years, selecting a city and switching language opens the same view and arcs elsewhere', async () => {
    await app.page.evaluate(() => window.__atlas!.setYears(1985, 2005, 'range'));
    await app.page.evaluate(() => window.__atlas!.select('Nanjing'));
    await app.page.click('#sca-lang-button');
    await app.page.waitForFunction(() => /lang=zh/.test(location.search) && /years=1985-2005/.test(location.search) && /city=/.test(location.search));
    const href = await app.page.evaluate(() => location.href);
    const before = await shared();
    const arcs = await app.page.evaluate(() => window.__atlas!.drawnArcs());
    expect(before).toMatchObject({ lang: 'zh', yearFrom: 1985, yearTo: 2005, mode: 'range' });
    expect(before.selected).toBe('cn:320100');
    // A selected city takes over the view: its ties founded in the window.
    expect(arcs).toBe(drawable.filter((p) => p.cn.code === '320100' && p.year !== null && p.year >= 1985 && p.year <= 2005).length);
    expect(arcs).toBeGreaterThan(0);
    expect(href).toContain('test');

    const other = await app.context.newPage();
    await other.goto(href);
    await other.waitForFunction(() => window.__atlas !== undefined);
    await other.evaluate(() => window.__atlas!.idle());
    const after = await other.evaluate((): Shared => {
      const s = window.__atlas!.state();
      return { lang: s.lang, yearFrom: s.yearFrom, yearTo: s.yearTo, mode: s.mode, includeUnknown: s.includeUnknown, selected: s.selected, home: s.home };
    });
    expect(after).toEqual(before);
    expect(await other.evaluate(() => window.__atlas!.drawnArcs())).toBe(arcs);
    expect(await other.locator('#sca-title').innerText()).toBe('友好城市地图集');
    await other.close();
  });

  test('a camera moved by the viewer is written on moveend and read back', async () => {
    const map = app.page.locator('#sca-map canvas');
    const box = (await map.boundingBox())!;
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 8 });
    await app.page.mouse.up();
    await app.page.waitForFunction(() => /camera=/.test(location.search));
    const href = await app.page.evaluate(() => location.href);
    const camera = await app.page.evaluate(() => window.__atlas!.state().camera!);
    const other = await app.context.newPage();
    await other.goto(href);
    await other.waitForFunction(() => window.__atlas !== undefined);
    await other.evaluate(() => window.__atlas!.idle());
    const reopened = await other.evaluate(() => window.__atlas!.state().camera!);
    expect(reopened.lon).toBeCloseTo(camera.lon, 1);
    expect(reopened.lat).toBeCloseTo(camera.lat, 1);
    expect(reopened.zoom).toBeCloseTo(camera.zoom, 1);
    await other.close();
  });

  test('Back and Forward step between the selected cities and restore each view', async () => {
    await app.page.evaluate(() => window.__atlas!.select('Nanjing'));
    await app.page.waitForFunction(() => /city=320100/.test(location.search));
    await app.page.evaluate(() => window.__atlas!.select('Osaka'));
    await app.page.waitForFunction(() => /city=Osaka/.test(location.search));
    await app.page.goBack();
    await app.page.waitForFunction(() => window.__atlas!.state().selected === 'cn:320100');
    expect(await app.page.evaluate(() => location.search)).toContain('city=320100');
    await app.page.goForward();
    await app.page.waitForFunction(() => window.__atlas!.state().selected?.startsWith('partner:JP|Osaka') === true);
    expect((await shared()).yearFrom).toBe(1985);
  });

  test('an invalid parameter falls back to its default with a console warning', async () => {
    const other = await app.context.newPage();
    const warnings: string[] = [];
    other.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await other.goto(`${app.origin}/index.html?test&years=2010-1990&home=Atlantis`);
    await other.waitForFunction(() => window.__atlas !== undefined);
    await other.evaluate(() => window.__atlas!.idle());
    const state = await other.evaluate(() => window.__atlas!.state());
    expect(state.home).toBeNull();
    expect(await other.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable.length);
    expect(warnings).toEqual(expect.arrayContaining(['invalid years: 2010-1990', 'invalid home: Atlantis']));
    await other.close();
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
