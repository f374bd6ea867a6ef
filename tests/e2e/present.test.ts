import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDatasetFile } from '../../src/data/loadDataset';
import { chinaTour } from '../../src/state/tour/chinaTour';
import { cityTour } from '../../src/state/tour/cityTour';
import { parseTour } from '../../src/state/tour/parseTour';
import { serializeTour } from '../../src/state/tour/serializeTour';
import type { Tour, TourFile, TourStep } from '../../src/state/tour/tour';
import { readShippedDataset } from './dataset';
import { ARTIFACTS, startApp, type AppSession } from './harness';

const { dataset } = parseDatasetFile(readShippedDataset());
const CURRENT_YEAR = new Date().getFullYear();
/** Timeout of the slowest steps (flights through a whole tour, 4K frames) on a shared machine with software WebGL. */
const SLOW = 480_000;

type HookState = ReturnType<NonNullable<Window['__atlas']>['state']>;

const state = (app: AppSession): Promise<HookState> => app.page.evaluate(() => window.__atlas!.state());
const idle = (app: AppSession): Promise<void> => app.page.evaluate(() => window.__atlas!.idle());

/** Presses a key and waits until the map has settled (a flight between steps has landed). */
async function press(app: AppSession, key: string): Promise<HookState> {
  await app.page.keyboard.press(key);
  await idle(app);
  return state(app);
}

/** Expects the atlas to show `step` of the tour as its JSON describes it. */
function expectStep(s: HookState, step: TourStep, index: number, steps: number): void {
  expect(s.tour).toEqual({ id: 'china', step: index, steps });
  expect({ from: s.yearFrom, to: s.yearTo, mode: s.mode }).toEqual({ ...step.years, mode: step.mode });
  expect(s.selected).toBe(step.selected ? `${step.selected.side}:${step.selected.key}` : null);
  expect(s.home).toBe(step.home);
  if (typeof step.filters.includeUnknown === 'boolean') expect(s.includeUnknown).toBe(step.filters.includeUnknown);
  if (step.camera) {
    expect(s.camera?.lon).toBeCloseTo(step.camera.lon, 1);
    expect(s.camera?.lat).toBeCloseTo(step.camera.lat, 1);
    expect(s.camera?.zoom).toBeCloseTo(step.camera.zoom, 1);
  }
}

describe('?tour=china&present=1 with a clicker', () => {
  let app: AppSession;
  let tour: TourFile;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1280, height: 720 } });
    await app.open('?test&tour=china&present=1');
    await app.page.waitForFunction(() => window.__atlas!.state().tour !== null);
    await idle(app);
    tour = JSON.parse((await app.page.evaluate(() => window.__atlas!.tourJson())) ?? 'null') as TourFile;
  }, SLOW);

  afterAll(async () => {
    await app?.close();
  });

  test('tourJson() is the China tour computed from the shipped dataset', () => {
    const expected = chinaTour(dataset, { currentYear: CURRENT_YEAR });
    if (!expected) throw new Error('no China tour for the shipped dataset');
    expect(tour.id).toBe('china');
    expect(tour.steps).toEqual(JSON.parse(JSON.stringify(expected.steps)));
    expect(tour.steps.length).toBeGreaterThan(2);
  });

  test('state() reports presenter mode on, no kiosk, no black screen', async () => {
    const s = await state(app);
    expect({ present: s.present, kiosk: s.kiosk, blackout: s.blackout }).toEqual({ present: true, kiosk: false, blackout: false });
    expect(await app.page.locator('#sca-app').evaluate((el) => el.classList.contains('sca-present'))).toBe(true);
  });

  test(
    'PageDown steps through the tour and each step shows what its JSON says',
    async () => {
      const steps = tour.steps.length;
      expectStep(await state(app), tour.steps[0]!, 0, steps);
      for (let i = 1; i < steps; i++) expectStep(await press(app, 'PageDown'), tour.steps[i]!, i, steps);
      expectStep(await press(app, 'PageDown'), tour.steps[steps - 1]!, steps - 1, steps);
      expectStep(await press(app, 'Home'), tour.steps[0]!, 0, steps);
    },
    SLOW,
  );

  test('the caption shows the step caption in the UI language', async () => {
    const caption = await app.page.locator('.sca-tour-caption .sca-tour-text').textContent();
    expect(caption).toBe(tour.steps[0]!.caption.en);
  });

  test('after a click on the map, PageDown and → still step the tour instead of panning', async () => {
    const box = await app.page.locator('#sca-map canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await app.page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.9);
    await idle(app);
    const steps = tour.steps.length;
    expectStep(await press(app, 'PageDown'), tour.steps[1]!, 1, steps);
    expectStep(await press(app, 'ArrowRight'), tour.steps[2]!, 2, steps);
    expectStep(await press(app, 'ArrowLeft'), tour.steps[1]!, 1, steps);
    expectStep(await press(app, 'PageUp'), tour.steps[0]!, 0, steps);
  });

  test('B blacks the screen out and B again brings it back; . does the same', async () => {
    const black = app.page.locator('.sca-blackout');
    await app.page.keyboard.press('b');
    expect((await state(app)).blackout).toBe(true);
    expect(await black.isVisible()).toBe(true);
    await app.page.keyboard.press('b');
    expect((await state(app)).blackout).toBe(false);
    expect(await black.isVisible()).toBe(false);
    await app.page.keyboard.press('.');
    expect((await state(app)).blackout).toBe(true);
    await app.page.keyboard.press('.');
    expect((await state(app)).blackout).toBe(false);
  });

  test('exportVideo(3000) records a non-empty WebM of the tour with its duration', async () => {
    const video = await app.page.evaluate(() => window.__atlas!.exportVideo(3000));
    expect(video.mimeType).toMatch(/^video\/webm/);
    expect(video.bytes).toBeGreaterThan(1000);
    expect(video.durationMs).toBeGreaterThanOrEqual(3000);
  });

  test('Esc leaves presenter mode and the page reports no errors', async () => {
    await app.page.keyboard.press('Escape');
    expect((await state(app)).present).toBe(false);
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  test('"Record this view as a step" twice, then Download, gives a tour file of those two views', async () => {
    const menu = app.page.locator('#sca-export-menu summary');
    await app.page.evaluate(() => window.__atlas!.setYears(1985, 1995, 'range'));
    await menu.click();
    await app.page.locator('#sca-tour-record').click();
    await app.page.evaluate(() => window.__atlas!.setYears(1980, 2000, 'cumulative'));
    await menu.click();
    await app.page.locator('#sca-tour-record').click();
    await menu.click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('#sca-tour-download').click()]);
    expect(download.suggestedFilename()).toBe('tour-my-tour.json');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const parsed = parseTour(Buffer.concat(chunks).toString('utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.tour.steps.map((step) => ({ ...step.years, mode: step.mode }))).toEqual([
      { from: 1985, to: 1995, mode: 'range' },
      { from: 1980, to: 2000, mode: 'cumulative' },
    ]);
  });
});

describe('presenter mode at 3840×2160', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 3840, height: 2160 } });
    await app.open('?test&present=1');
  }, SLOW);

  afterAll(async () => {
    await app?.close();
  });

  test('the counter font is at least 4 % of the viewport height and timeline labels at least 28 px', async () => {
    const sizes = await app.page.evaluate(() => ({
      counter: Number.parseFloat(getComputedStyle(document.getElementById('sca-counter')!).fontSize),
      axis: Math.min(...[...document.querySelectorAll('.sca-tl-axis text')].map((el) => Number.parseFloat(getComputedStyle(el).fontSize))),
      legend: Number.parseFloat(getComputedStyle(document.getElementById('sca-legend')!).fontSize),
      height: window.innerHeight,
    }));
    expect(sizes.counter).toBeGreaterThanOrEqual(0.04 * sizes.height);
    expect(sizes.axis).toBeGreaterThanOrEqual(28);
    expect(sizes.legend).toBeGreaterThanOrEqual(28);
  });

  test('no timeline axis label is clipped by the chart', async () => {
    const outside = await app.page.evaluate(() => {
      const svg = document.querySelector('.sca-tl-svg')!.getBoundingClientRect();
      return [...document.querySelectorAll('.sca-tl-axis-x text, .sca-tl-axis-y text')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1);
      }).length;
    });
    expect(outside).toBe(0);
  });

  test(
    'exportImage(3840, 2160) gives a PNG of that size, not blank, with overlay text drawn over the map',
    async () => {
      const result = await app.page.evaluate(() => window.__atlas!.exportImage(3840, 2160));
      expect(result.width).toBe(3840);
      expect(result.height).toBe(2160);
      expect(result.bytes).toBeGreaterThan(10_000);
      const check = await app.page.evaluate(async () => {
        const urls = window.__atlas!.lastExportImages()!;
        // Through an image, not fetch(): the page's CSP allows blob: images but no blob: connections.
        const load = async (url: string): Promise<ImageBitmap> => {
          const image = new Image();
          image.src = url;
          await image.decode();
          return createImageBitmap(image);
        };
        const png = await load(urls.png);
        const bare = await load(urls.bare!);
        const pixels = (image: ImageBitmap, cover: boolean): Uint8ClampedArray => {
          const canvas = new OffscreenCanvas(3840, 2160);
          const ctx = canvas.getContext('2d')!;
          if (cover) {
            const scale = Math.max(3840 / image.width, 2160 / image.height);
            const sw = 3840 / scale;
            const sh = 2160 / scale;
            ctx.drawImage(image, (image.width - sw) / 2, (image.height - sh) / 2, sw, sh, 0, 0, 3840, 2160);
          } else ctx.drawImage(image, 0, 0);
          return ctx.getImageData(0, 0, 3840, 2160).data;
        };
        const a = pixels(png, false);
        const b = pixels(bare, true);
        const colours = new Set<number>();
        let differ = 0;
        let differTitle = 0;
        let samples = 0;
        for (let y = 0; y < 2160; y += 8) {
          for (let x = 0; x < 3840; x += 8) {
            const i = (y * 3840 + x) * 4;
            colours.add((a[i]! >> 4) * 256 + (a[i + 1]! >> 4) * 16 + (a[i + 2]! >> 4));
            const d = Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
            samples++;
            if (d > 60) {
              differ++;
              if (y < 300 && x < 1900) differTitle++;
            }
          }
        }
        return { width: png.width, height: png.height, colours: colours.size, differShare: differ / samples, differTitle };
      });
      expect(check.width).toBe(3840);
      expect(check.height).toBe(2160);
      expect(check.colours).toBeGreaterThan(20);
      expect(check.differShare).toBeGreaterThan(0.005);
      expect(check.differTitle).toBeGreaterThan(50);
      expect(app.errors).toEqual([]);
    },
    SLOW,
  );
});

describe('?tour=china&kiosk=1 unattended', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1024, height: 640 } });
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open('?test&tour=china&kiosk=1&kioskIdleMs=2500');
    await app.page.waitForFunction(() => window.__atlas!.state().tour !== null);
  });

  afterAll(async () => {
    await app?.close();
  });

  test('kiosk returns to the first step after the idle timeout, with no DOM left behind', async () => {
    const start = await state(app);
    expect(start.kiosk).toBe(true);
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('PageDown');
    await app.page.keyboard.press('PageDown');
    const pressed = Date.now();
    expect((await state(app)).tour?.step).toBe(2);
    const nodes = await app.page.evaluate(() => document.getElementsByTagName('*').length);
    await app.page.waitForFunction(() => window.__atlas!.state().tour?.step === 0, undefined, { timeout: 60_000, polling: 100 });
    expect(Date.now() - pressed).toBeGreaterThanOrEqual(1500);
    expect(await app.page.evaluate(() => document.getElementsByTagName('*').length)).toBe(nodes);
    expect(app.errors).toEqual([]);
  });
});

describe('tours from a city and from a file', () => {
  let app: AppSession;
  const tourDir = join(ARTIFACTS, 'tours');
  const talk: Tour = {
    id: 'talk',
    title: { en: 'A short talk', zh: '简短的演讲' },
    steps: [
      {
        camera: { lon: 10, lat: 45, zoom: 2 },
        years: { from: 1980, to: 1990 },
        mode: 'range',
        selected: null,
        home: null,
        filters: {},
        caption: { en: 'The eighties', zh: '八十年代' },
        durationMs: 5000,
      },
      {
        camera: { lon: 120, lat: 30, zoom: 3 },
        years: { from: 1975, to: 2005 },
        mode: 'cumulative',
        selected: null,
        home: null,
        filters: { includeUnknown: false },
        caption: { en: 'By 2005', zh: '截至2005年' },
        durationMs: 5000,
      },
    ],
  };

  beforeAll(async () => {
    mkdirSync(tourDir, { recursive: true });
    writeFileSync(join(tourDir, 'talk.json'), serializeTour(talk));
    app = await startApp({ viewport: { width: 1024, height: 640 }, mounts: { '/tours/': tourDir } });
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    await app?.close();
  });

  test('tour=city:无锡 walks through the tour cityTour computes for Wuxi, its panel open', async () => {
    const expected = cityTour(dataset, '无锡', { currentYear: CURRENT_YEAR });
    if (!expected) throw new Error('no Wuxi in the shipped dataset');
    await app.open('?test&tour=city:%E6%97%A0%E9%94%A1');
    await app.page.waitForFunction(() => window.__atlas!.state().tour !== null);
    const first = await state(app);
    expect(first.tour).toEqual({ id: expected.id, step: 0, steps: expected.steps.length });
    const step = expected.steps[0]!;
    expect({ from: first.yearFrom, to: first.yearTo, mode: first.mode }).toEqual({ ...step.years, mode: step.mode });
    expect(first.selected).toBe(`${step.selected!.side}:${step.selected!.key}`);
    expect(first.home).not.toBeNull();
    const last = await press(app, 'End');
    expect(last.tour?.step).toBe(expected.steps.length - 1);
    expect(last.yearTo).toBe(expected.steps.at(-1)!.years.to);
  });

  test('tour=<url of a JSON file> loads the file, and its steps set years, mode, undated ties and caption', async () => {
    await app.open('?test&tour=tours/talk.json');
    await app.page.waitForFunction(() => window.__atlas!.state().tour !== null);
    const first = await state(app);
    expect(first.tour).toEqual({ id: 'talk', step: 0, steps: 2 });
    expect({ from: first.yearFrom, to: first.yearTo, mode: first.mode }).toEqual({ from: 1980, to: 1990, mode: 'range' });
    expect(first.camera?.lon).toBeCloseTo(10, 3);
    const second = await press(app, ' ');
    expect({ from: second.yearFrom, to: second.yearTo, mode: second.mode, includeUnknown: second.includeUnknown }).toEqual({
      from: 1975,
      to: 2005,
      mode: 'cumulative',
      includeUnknown: false,
    });
    expect(second.camera?.zoom).toBeCloseTo(3, 3);
    expect(await app.page.locator('.sca-tour-caption .sca-tour-text').textContent()).toBe('By 2005');
    expect(app.errors).toEqual([]);
  });
});
