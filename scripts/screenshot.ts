/**
 * Takes the README screenshot (docs/screenshot.png) from the built app: the globe on the shipped
 * dataset at 1600×900, partway through playing the timeline. Run `npm run build` first.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startApp } from '../tests/e2e/harness';

const app = await startApp({ viewport: { width: 1600, height: 900 } });
try {
  await app.open('?test');
  await app.page.evaluate(() => window.__atlas!.setYears(1973, 2015, 'cumulative'));
  await app.page.evaluate(() => window.__atlas!.idle());
  const shot = await app.screenshot('readme-screenshot');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(shot, join(ROOT, 'docs/screenshot.png'));
  console.log('wrote docs/screenshot.png');
} finally {
  await app.close();
}
