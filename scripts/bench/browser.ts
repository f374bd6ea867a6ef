/**
 * The benchmark's browser: Debian's Chromium, headless, on SwiftShader (software WebGL, as the
 * tests run it) or on the machine's GPU with `--gpu`, serving dist/ and the generated datasets from
 * one local origin. One fresh browser context per page load, so every load starts with a cold cache.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/harness';
import { startStaticServer, type StaticServer } from '../../tests/e2e/staticServer';
import { BENCH_DATA_PREFIX } from './datasets';

/** A browser window size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** The window of the timing pages; the map's size follows from the app's layout. */
export const VIEWPORT: Viewport = { width: 1280, height: 800 };

/** Flags that pick the software rasteriser; left out with `--gpu`. */
const SWIFTSHADER_FLAGS = new Set(['--use-angle=swiftshader', '--enable-unsafe-swiftshader']);

/** Flags for a real GPU through ANGLE's default backend. */
const GPU_FLAGS = ['--use-gl=angle', '--use-angle=default', '--enable-gpu'];

/** Chromium's command line flags for a run. `--enable-precise-memory-info` makes `performance.memory` exact. */
export function benchChromiumArgs(gpu: boolean): string[] {
  const base = gpu ? CHROMIUM_ARGS.filter((flag) => !SWIFTSHADER_FLAGS.has(flag)).concat(GPU_FLAGS) : [...CHROMIUM_ARGS];
  return [...base, '--enable-precise-memory-info'];
}

/** One page of a measurement, in its own context. */
export interface BenchPage {
  page: Page;
  /** Requests that tried to leave the local server (the app should make none). */
  externalRequests: string[];
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  /** Forces a full garbage collection, then reads the page's used JS heap in bytes. */
  heapAfterGc(): Promise<number>;
  close(): Promise<void>;
}

/** The browser and the server of a run. */
export interface BenchBrowser {
  origin: string;
  /** Chromium's version string. */
  version: string;
  /** WebGL renderer the pages get (e.g. SwiftShader's), read from a first page. */
  renderer: string;
  /** Opens `path` (e.g. `index.html?test`) in a fresh context; resolves once navigation has started. */
  open(path: string, viewport?: Viewport): Promise<BenchPage>;
  close(): Promise<void>;
}

/** How long closing a page may take before the whole browser is restarted (a page stuck in a long task). */
const CLOSE_LIMIT_MS = 15_000;

async function readRenderer(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await context.close();
  }
}

/** Starts the server on `dist` (with `dataDir` at /bench-data/) and launches Chromium. */
export async function launchBenchBrowser(dist: string, dataDir: string, gpu: boolean): Promise<BenchBrowser> {
  const server: StaticServer = await startStaticServer(dist, { mounts: { [BENCH_DATA_PREFIX]: dataDir } });
  const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: benchChromiumArgs(gpu) });
  let browser = await launch();
  const renderer = await readRenderer(browser);

  async function closeContext(context: BrowserContext): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const closed = await Promise.race([
      context.close().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), CLOSE_LIMIT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (!closed) {
      await browser.close().catch(() => undefined);
      browser = await launch();
    }
  }

  return {
    origin: server.origin,
    version: browser.version(),
    renderer,
    async open(path, viewport = VIEWPORT) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
      const page = await context.newPage();
      const cdp: CDPSession = await context.newCDPSession(page);
      const externalRequests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'commit' });
      return {
        page,
        externalRequests,
        errors,
        async heapAfterGc() {
          await cdp.send('HeapProfiler.collectGarbage');
          return page.evaluate(() => (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
        },
        close: () => closeContext(context),
      };
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
