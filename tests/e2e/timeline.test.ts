import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Pairing } from '../../src/data/schema';
import { readShippedDataset } from './dataset';
import { ARTIFACTS, startApp, type AppSession } from './harness';

const data = readShippedDataset();
const onMap = data.pairings.filter((p) => p.notOnMap === null);
const drawnWhere = (keep: (p: Pairing) => boolean): number => onMap.filter(keep).length;
const years = data.pairings.flatMap((p) => (p.year === null ? [] : [p.year]));
const FIRST = Math.min(...years);
const LAST = new Date().getFullYear();

/** The timeline's mirror of the year state, written on every store change. */
function timelineState(app: AppSession): Promise<{ yearFrom: number; yearTo: number; mode: string; playing: boolean }> {
  return app.page.evaluate(() => {
    const s = window.__atlas!.state();
    return { yearFrom: s.yearFrom, yearTo: s.yearTo, mode: s.mode, playing: s.playing };
  });
}

describe('the timeline on the shipped dataset', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp();
    await app.open('?test');
  });

  afterAll(async () => {
    await app?.close();
  });

  test('draws a bar for every year from the first in the data to this year, and the unknown bar', async () => {
    const bars = await app.page.locator('.sca-tl-year').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
    expect(bars[0]).toBe(FIRST);
    expect(bars.at(-1)).toBe(LAST);
    expect(bars).toHaveLength(LAST - FIRST + 1);
    const unknown = data.pairings.filter((p) => p.year === null).length;
    expect(await app.page.locator('.sca-tl-unknown-count').textContent()).toBe(unknown.toLocaleString('en-US'));
  });

  test('brushing exactly 1979 in range mode draws the ties founded in 1979', async () => {
    const expected = drawnWhere((p) => p.year === 1979);
    expect(expected).toBeGreaterThan(0);
    await app.page.locator('.sca-tl-unknown-input').uncheck();
    await app.page.locator('.sca-tl-mode-range').click();
    const bar = await app.page.locator('.sca-tl-year[data-year="1979"]').boundingBox();
    if (!bar) throw new Error('no bar for 1979');
    const y = bar.y + bar.height / 2;
    await app.page.mouse.move(bar.x + 1, y);
    await app.page.mouse.down();
    await app.page.mouse.move(bar.x + bar.width / 2, y, { steps: 4 });
    await app.page.mouse.move(bar.x + bar.width - 1, y, { steps: 4 });
    await app.page.mouse.up();
    expect(await timelineState(app)).toMatchObject({ mode: 'range', yearFrom: 1979, yearTo: 1979 });
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(expected);
    const founded1979 = data.pairings.filter((p) => p.year === 1979).length;
    expect(await app.page.locator('#sca-counter').innerText()).toContain(`1979: ${founded1979} ties`);

    await app.page.evaluate(() => window.__atlas!.setYears(1990, 1995, 'range'));
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(drawnWhere((p) => p.year !== null && p.year >= 1990 && p.year <= 1995));
    await app.page.evaluate(() => window.__atlas!.setYears(1979, 1979, 'range'));
    expect(await app.page.evaluate(() => window.__atlas!.drawnArcs())).toBe(expected);
    await app.page.locator('#sca-timeline').screenshot({ path: join(ARTIFACTS, 'timeline-1979.png') });
  });

  test('setYears and yearChangeIdle resolve once the city points are sized for the new window', async () => {
    const windows: [number, number][] = [
      [1980, 1990],
      [FIRST, LAST],
      [1995, 2005],
      [2010, 2015],
    ];
    const shown: number[] = [];
    for (const [index, [from, to]] of windows.entries()) {
      if (index % 2 === 0) await app.page.evaluate(({ a, b }) => window.__atlas!.setYears(a, b, 'range'), { a: from, b: to });
      else await app.page.evaluate(({ a, b }) => window.__atlas!.yearChangeIdle(a, b, 'range'), { a: from, b: to });
      for (const city of ['Shanghai', 'Beijing']) {
        const ties = await app.page.evaluate((query) => window.__atlas!.cityTies(query), city);
        expect(ties.drawn, `${city}, ${from}-${to}`).toBe(ties.shown);
        shown.push(ties.shown);
      }
    }
    // The windows size the cities differently, so a point left at its old size would be seen.
    expect(new Set(shown).size).toBeGreaterThan(4);
  });

  test('plays every year from the first to the last, drawing the cumulative count at each', async () => {
    await app.page.evaluate((last) => window.__atlas!.setYears(last, last, 'cumulative'), LAST);
    await app.page.mouse.move(0, 0);
    await app.page.locator('.sca-tl-speed').selectOption('1');
    const played = app.page.evaluate(async () => {
      const el = document.getElementById('sca-timeline')!;
      const seen: [number, number][] = [];
      const observer = new MutationObserver(() => {
        if (el.dataset.playing === 'true') seen.push([Number(el.dataset.yearTo), window.__atlas!.drawnArcs()]);
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-year-to', 'data-playing'] });
      await window.__atlas!.play();
      observer.disconnect();
      return seen;
    });
    await app.page.waitForFunction(() => {
      const el = document.getElementById('sca-timeline')!;
      return el.dataset.playing === 'true' && Number(el.dataset.yearTo) >= 1994;
    });
    await app.screenshot('timeline-midplay-page');
    await app.page.locator('#sca-timeline').screenshot({ path: join(ARTIFACTS, 'timeline-midplay.png') });
    // Speed changes apply from the next year on; the rest of the play runs at 4x.
    await app.page.locator('.sca-tl-speed').selectOption('4');
    const seen = await played;

    const order = seen.map(([year]) => year).filter((year, i, all) => i === 0 || year !== all[i - 1]);
    expect(order).toEqual(Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i));
    const drawnAt = new Map(seen);
    for (const year of [FIRST, 1979, 1985, 1992, 2000, 2010, 2020, LAST]) {
      expect(drawnAt.get(year), `drawn arcs by ${year}`).toBe(drawnWhere((p) => p.year !== null && p.year <= year));
    }
    expect(await timelineState(app)).toMatchObject({ mode: 'cumulative', yearTo: LAST, playing: false });
  });

  test('the keyboard plays, pauses, steps and jumps', async () => {
    await app.page.evaluate(() => window.__atlas!.setYears(1990, 2000, 'cumulative'));
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('ArrowLeft');
    expect((await timelineState(app)).yearTo).toBe(1999);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    expect((await timelineState(app)).yearTo).toBe(2001);
    await app.page.keyboard.press('Home');
    expect((await timelineState(app)).yearTo).toBe(FIRST);
    await app.page.keyboard.press('End');
    expect((await timelineState(app)).yearTo).toBe(LAST);
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('Space');
    expect((await timelineState(app)).playing).toBe(true);
    await app.page.keyboard.press('Space');
    const paused = await timelineState(app);
    expect(paused.playing).toBe(false);
    expect(paused.yearTo).toBeGreaterThan(FIRST);
    await app.page.locator('.sca-tl-chart').focus();
    await app.page.keyboard.press('ArrowLeft');
    expect((await timelineState(app)).yearTo).toBe(paused.yearTo - 1);
  });

  test('the controls are labelled in both languages', async () => {
    const labels = () =>
      app.page
        .locator('.sca-tl-controls button, .sca-tl-controls select')
        .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
    const en = await labels();
    expect(en.every((label) => label.trim().length > 0)).toBe(true);
    expect(en).toContain('Play');
    await app.page.click('#sca-lang-button');
    const zh = await labels();
    expect(zh).toContain('播放');
    expect(await app.page.locator('#sca-counter').innerText()).toMatch(/年：/);
    await app.page.locator('#sca-timeline').screenshot({ path: join(ARTIFACTS, 'timeline-zh.png') });
    await app.page.click('#sca-lang-button');
  });

  test('made no request outside the local server and logged no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
