import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Pairing } from '../../src/data/schema';
import { readShippedDataset } from './dataset';
import { startApp, type AppSession } from './harness';

const data = readShippedDataset();
const onMap = data.pairings.filter((p) => p.notOnMap === null);
const drawnWhere = (keep: (p: Pairing) => boolean): number => onMap.filter(keep).length;
const drawable = onMap.length;

/** The angle between two points on the sphere, in degrees. */
function degreesBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / rad;
}

async function idle(app: AppSession): Promise<void> {
  await app.page.evaluate(() => window.__atlas!.idle());
}

describe('find and filter at 1600×900', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 900 } });
    await app.open('?test');
  });

  afterAll(async () => {
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    await app?.close();
  });

  test('search("nj" | "南京" | "nan jing" | "Nanjing") lists Nanjing first', async () => {
    for (const query of ['nj', '南京', 'nan jing', 'Nanjing']) {
      const names = await app.page.evaluate((q) => window.__atlas!.search(q), query);
      expect(names[0], query).toBe('Nanjing');
    }
  });

  test('search("圣路易斯") and search("St. Louis") find St. Louis', async () => {
    expect(await app.page.evaluate(() => window.__atlas!.search('圣路易斯'))).toContain('St. Louis');
    expect(await app.page.evaluate(() => window.__atlas!.search('St. Louis'))).toContain('St. Louis');
  });

  test('"/" focuses the search box, which lists results with level and province as a listbox', async () => {
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('/');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('sca-search');
    await app.page.keyboard.type('nan jing');
    const first = app.page.locator('#sca-search-list [role="option"]').first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/Nanjing[\s\S]*Jiangsu/);
    expect(await app.page.locator('#sca-search').getAttribute('aria-expanded')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await app.screenshot('explore-search-1600');
    await app.page.keyboard.press('Escape');
    expect(await app.page.locator('#sca-search-list').isHidden()).toBe(true);
    await app.page.keyboard.press('Escape');
  });

  test('choosing Wuxi in the search box turns the camera to Wuxi and the counter names it', async () => {
    const wuxi = data.pairings.find((p) => p.cn.nameEn === 'Wuxi' && p.cn.level === 'prefecture')!.cn;
    await app.page.locator('#sca-search').fill('Wuxi');
    await app.page.locator('#sca-search-list [role="option"]').first().waitFor();
    await app.page.keyboard.press('Enter');
    await idle(app);
    const state = await app.page.evaluate(() => window.__atlas!.state());
    expect(state.selected).toBe(`cn:${wuxi.code}`);
    expect(degreesBetween(state.camera!, { lon: wuxi.lon!, lat: wuxi.lat! })).toBeLessThan(15);
    expect(await app.page.locator('#sca-counter').innerText()).toContain('Wuxi');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => p.cn.code === wuxi.code));
    await app.screenshot('explore-wuxi-1600');
    await app.page.click('#sca-panel .sca-close');
    await idle(app);
    expect(await app.page.locator('#sca-counter').innerText()).not.toContain('Wuxi');
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable);
  });

  test('"Founded in range" 1979–1979 draws exactly the ties with year 1979', async () => {
    await app.page.evaluate(() => window.__atlas!.setYears(1979, 1979, 'range'));
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => p.year === 1979));
    expect(await app.page.locator('#sca-counter').innerText()).toContain(`1979: ${data.pairings.filter((p) => p.year === 1979).length} ties`);
  });

  test('dragging the brush in "Up to year" keeps the mode and counts undated ties apart', async () => {
    const last = new Date().getFullYear();
    await app.page.evaluate((year) => window.__atlas!.setYears(year, year, 'cumulative'), last);
    const bar = await app.page.locator('.sca-tl-year[data-year="1990"]').boundingBox();
    if (!bar) throw new Error('no bar for 1990');
    const start = await app.page.locator('.sca-tl-year[data-year="1985"]').boundingBox();
    const y = bar.y + bar.height / 2;
    await app.page.mouse.move(start!.x + 1, y);
    await app.page.mouse.down();
    await app.page.mouse.move(bar.x + bar.width / 2, y, { steps: 4 });
    await app.page.mouse.move(bar.x + bar.width - 1, y, { steps: 4 });
    await app.page.mouse.up();
    await idle(app);
    const state = await app.page.evaluate(() => window.__atlas!.state());
    expect(state).toMatchObject({ mode: 'cumulative', yearTo: 1990 });
    const dated = data.pairings.filter((p) => p.year !== null && p.year <= 1990).length;
    const undated = data.pairings.filter((p) => p.year === null).length;
    expect(await app.page.locator('#sca-counter .sca-counter-main').innerText()).toBe(
      `By 1990: ${dated.toLocaleString('en-US')} dated ties · ${undated.toLocaleString('en-US')} undated shown in grey`,
    );
    await app.page.evaluate((year) => window.__atlas!.setYears(year, year, 'cumulative'), last);
  });

  test('ticking Japan in the filter panel draws exactly the Japanese ties and the table lists them', async () => {
    await app.page.click('#sca-filters-button');
    await app.page.locator('#sca-filters input[data-dimension="country"][value="JP"]').check();
    await idle(app);
    expect(await app.page.evaluate(() => window.__atlas!.state().filters.country)).toEqual(['JP']);
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => p.partner.iso2 === 'JP'));
    expect(await app.page.evaluate(() => window.__atlas!.tableRows())).toBe(drawnWhere((p) => p.partner.iso2 === 'JP'));
    await app.screenshot('explore-filters-1600');
  });

  test('setFilters({ country: ["JP"] }) applies as the panel does', async () => {
    await app.page.evaluate(() => window.__atlas!.setFilters({}));
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawable);
    await app.page.evaluate(() => window.__atlas!.setFilters({ country: ['JP'] }));
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => p.partner.iso2 === 'JP'));
    expect(await app.page.locator('#sca-filters input[value="JP"]').isChecked()).toBe(true);
  });

  test('the table shows only the rows in view, sorts by year and downloads exactly its rows as CSV', async () => {
    await app.page.click('#sca-table-button');
    const rows = await app.page.evaluate(() => window.__atlas!.tableRows());
    const built = await app.page.locator('#sca-table .sca-table-body [role="row"]').count();
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(rows);
    await app.page.click('#sca-table .sca-table-sort[data-column="year"]');
    const firstYear = Number(await app.page.locator('#sca-table .sca-table-body [role="row"]').first().locator('.sca-table-col-year').innerText());
    expect(firstYear).toBe(Math.min(...data.pairings.filter((p) => p.partner.iso2 === 'JP' && p.year !== null).map((p) => p.year!)));
    await app.screenshot('explore-table-1600');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('#sca-table-download')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')).toHaveLength(rows + 1);
    expect(text.split('\r\n')[0]).toBe('\uFEFFChinese unit,Province,Partner,Country,Relation,Year,Year status,Sources');
  });

  test('a row click selects its Chinese unit', async () => {
    const row = app.page.locator('#sca-table .sca-table-body [role="row"]').first();
    const index = Number(await row.getAttribute('data-index'));
    await row.click();
    await idle(app);
    const cn = data.pairings[index]!.cn;
    expect(await app.page.evaluate(() => window.__atlas!.state().selected)).toBe(`cn:${cn.code}`);
    await app.page.click('#sca-panel .sca-close');
    await app.page.evaluate(() => window.__atlas!.setFilters({}));
  });

  test('clicking a bar of the countries chart filters to that country', async () => {
    await app.page.click('#sca-charts-button');
    for (const chart of await app.page.locator('.sca-chart:not([hidden])').all()) {
      const cell = (await chart.boundingBox())!;
      const svg = (await chart.locator('svg').boundingBox())!;
      expect(svg.x + svg.width).toBeLessThanOrEqual(cell.x + cell.width + 1);
    }
    const bar = app.page.locator('.sca-chart-countries .sca-chart-bar').first();
    const code = (await bar.getAttribute('data-code'))!;
    await bar.click();
    await idle(app);
    expect(await app.page.evaluate(() => window.__atlas!.state().filters.country)).toEqual([code]);
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => (p.partner.iso2 || p.partner.countryEn) === code));
    await app.screenshot('explore-charts-1600');
    await app.page.evaluate(() => window.__atlas!.setFilters({}));
    await app.page.click('#sca-charts-button');
  });

  test('clicking a legend entry toggles its region filter', async () => {
    const entry = app.page.locator('.sca-legend-row[data-region="europe"] button');
    await entry.click();
    await idle(app);
    expect(await app.page.evaluate(() => window.__atlas!.state().filters.region)).toEqual(['europe']);
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => p.partner.region === 'europe'));
    await entry.click();
    await idle(app);
    expect(await app.page.evaluate(() => window.__atlas!.state().filters.region)).toEqual([]);
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 800, height: 500 },
]) {
  describe(`find and filter at ${viewport.width}×${viewport.height}`, () => {
    let app: AppSession;
    const size = `${viewport.width}`;

    beforeAll(async () => {
      app = await startApp({ viewport });
      await app.open('?test');
    });

    afterAll(async () => {
      expect(app.errors).toEqual([]);
      await app?.close();
    });

    const fits = async (selector: string): Promise<void> => {
      const box = await app.page.locator(selector).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    };

    test('the search box lists Nanjing for 南京 within the frame', async () => {
      await app.page.locator('#sca-search').fill('南京');
      await app.page.locator('#sca-search-list [role="option"]').first().waitFor();
      expect(await app.page.locator('#sca-search-list [role="option"]').first().innerText()).toContain('Nanjing');
      await fits('#sca-search-list');
      await app.screenshot(`explore-search-${size}`);
      await app.page.keyboard.press('Escape');
      await app.page.keyboard.press('Escape');
    });

    /** Clicks a header button, through the "☰ More" menu where narrow frames fold the buttons into it. */
    async function clickAction(id: string): Promise<void> {
      const button = app.page.locator(id);
      if (!(await button.isVisible()) && (await app.page.locator('#sca-menu-button').isVisible())) await app.page.click('#sca-menu-button');
      await button.click();
    }

    test('the filter panel, the table and the charts open in a drawer that fits the frame', async () => {
      for (const tab of ['filters', 'table', 'charts']) {
        await clickAction(`#sca-${tab}-button`);
        await app.page.locator(`#sca-${tab}-panel`).waitFor();
        await fits('#sca-explore');
        await app.screenshot(`explore-${tab}-${size}`);
      }
      await app.page.click('#sca-explore .sca-explore-close');
      expect(await app.page.locator('#sca-explore').isHidden()).toBe(true);
    });

    test('a chart bar click filters here too', async () => {
      await clickAction('#sca-charts-button');
      const bar = app.page.locator('.sca-chart-relations .sca-chart-bar').first();
      const code = (await bar.getAttribute('data-code'))!;
      await bar.click();
      await idle(app);
      expect(await app.page.evaluate(() => window.__atlas!.state().filters.relation)).toEqual([code]);
      expect(await app.page.evaluate(() => window.__atlas!.tableRows())).toBe(drawnWhere((p) => p.relation === code));
    });
  });
}
