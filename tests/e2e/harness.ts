import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type {} from '../../src/testing/testHook';
import { startStaticServer, type StaticServer } from './staticServer';

/** Repo root and the built app. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** Screenshots and other outputs kept from test runs. */
export const ARTIFACTS = join(ROOT, 'tests/artifacts');

/** Chromium flags for headless WebGL2 on machines without a GPU, with no traffic to the internet. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-sandbox',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A running app: the built dist/ on a local server, one Chromium, and every request that tried to leave. */
export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  origin: string;
  /** Requests to anything but the local server (each one fails the calling test). */
  externalRequests: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Opens the app at `query` (e.g. '?test') and waits for `window.__atlas.idle()`. */
  open(query?: string): Promise<void>;
  /** Saves a PNG of the page under tests/artifacts/. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts a static server on dist/ and a headless Chromium whose requests may only reach it. */
export async function startApp(
  options: { viewport?: { width: number; height: number }; locale?: string; mounts?: Record<string, string>; deviceScaleFactor?: number } = {},
): Promise<AppSession> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html missing: run `npm run build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const server: StaticServer = await startStaticServer(DIST, { mounts: options.mounts ?? {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Every content security policy violation becomes a console error, so it fails every suite that checks app.errors.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    browser,
    context,
    page,
    origin: server.origin,
    externalRequests,
    errors,
    async open(query = '?test') {
      await page.goto(`${server.origin}/index.html${query}`);
      await page.waitForFunction(() => window.__atlas !== undefined);
      await page.evaluate(() => window.__atlas!.idle());
    },
    async screenshot(name) {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
