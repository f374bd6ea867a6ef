/**
 * `npm run soak`: builds nothing, drives the built app (run `npm run build` first) in Chromium for
 * 200 timeline loops at the highest speed and 500 select/deselect cycles, and fails when the JS heap
 * or DOM node count ends above 1.1x the start, event listeners grow, or the page logs an error.
 * `--loops N --cycles N` shorten it.
 */
import { readShippedDataset } from '../tests/e2e/dataset';
import { startApp } from '../tests/e2e/harness';
import { judgeSoak, runSoak } from './soak/runSoak';
import { soakCities } from './soak/soakCities';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const loops = option('loops', 200);
  const cycles = option('cycles', 500);
  const app = await startApp();
  try {
    await app.open('?test');
    const cdp = await app.context.newCDPSession(app.page);
    const started = Date.now();
    const result = await runSoak(app.page, cdp, {
      loops,
      cycles,
      cities: soakCities(readShippedDataset()),
      onProgress: (what) => console.log(`${what} (${Math.round((Date.now() - started) / 1000)} s)`),
    });
    const verdict = judgeSoak(result);
    console.log(JSON.stringify({ loops, cycles, ...result, ratios: verdict, errors: app.errors }, null, 2));
    if (!verdict.ok || app.errors.length > 0 || app.externalRequests.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

await main();
