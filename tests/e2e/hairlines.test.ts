import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BENCH_DATA_PREFIX, prepareDatasets } from '../../scripts/bench/datasets';
import { ROOT, startApp, type AppSession } from './harness';

/** Ties of the synthetic dataset: enough for the arcs to be drawn one pixel wide or less at a pixel ratio of 1. */
const TIES = 10_000;

/** What one page drew: its draw calls by primitive, and the mean colour of the map, in 0..255 per channel. */
interface Drawn {
  lineDraws: number;
  stripDraws: number;
  mean: [number, number, number];
}

const dir = mkdtempSync(join(tmpdir(), 'sca-hairlines-'));
const [dataset] = prepareDatasets(ROOT, dir, [TIES], false);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the synthetic dataset at a pixel ratio, with the arcs in `years`; counts the draw calls of one frame and averages the map's pixels. */
async function drawAt(deviceScaleFactor: number, years: string): Promise<Drawn> {
  const app: AppSession = await startApp({ deviceScaleFactor, mounts: { [BENCH_DATA_PREFIX]: dir } });
  try {
    await app.page.addInitScript(() => {
      const counts = { lines: 0, strips: 0 };
      Object.assign(window, { __drawModes: counts });
      const drawArrays = WebGL2RenderingContext.prototype.drawArrays;
      WebGL2RenderingContext.prototype.drawArrays = function (mode, first, count) {
        if (mode === this.LINES) counts.lines++;
        if (mode === this.TRIANGLE_STRIP) counts.strips++;
        drawArrays.call(this, mode, first, count);
      };
    });
    await app.open(`?test&data=${encodeURIComponent(dataset!.dataParam!)}&years=${years}`);
    const draws = await app.page.evaluate(async () => {
      const counts = (window as unknown as { __drawModes: { lines: number; strips: number } }).__drawModes;
      counts.lines = 0;
      counts.strips = 0;
      await window.__atlas!.renderFrame();
      return { ...counts };
    });
    const png = (await app.page.locator('#sca-map').screenshot()).toString('base64');
    const mean = await app.page.evaluate(async (base64) => {
      // Through a blob: image, which the page's CSP allows.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, image.width, image.height).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
      const pixels = data.length / 4;
      return sum.map((s) => s / pixels) as [number, number, number];
    }, png);
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    return { lineDraws: draws.lines, stripDraws: draws.strips, mean };
  } finally {
    await app.close();
  }
}

describe('crowded arcs', () => {
  let lines: Drawn;
  let strips: Drawn;
  let none: Drawn;
  beforeAll(async () => {
    lines = await drawAt(1, '1900-2100');
    strips = await drawAt(2, '1900-2100');
    none = await drawAt(1, '1900-1901');
  }, 180_000);

  test('are drawn as lines at a pixel ratio of 1 and as strips at 2', () => {
    expect(lines.lineDraws).toBeGreaterThan(0);
    expect(strips.lineDraws).toBe(0);
    expect(strips.stripDraws).toBeGreaterThan(0);
  });

  test('put on the map, as lines, the colour they put on it as strips', () => {
    // What the ties add to the picture (arcs, and cities sized by their ties) against a year with none.
    const added = strips.mean.map((v, c) => Math.abs(v - none.mean[c]!));
    expect(Math.max(...added)).toBeGreaterThan(2);
    for (let c = 0; c < 3; c++) {
      expect(Math.abs(lines.mean[c]! - strips.mean[c]!)).toBeLessThan(0.15 * added[c]! + 0.5);
    }
  });
});
