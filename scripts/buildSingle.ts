/**
 * `npm run build:single`: one self-contained HTML file, dist-single/sister-city-atlas.html, that works
 * from a `file://` URL with no server and no network. Vite builds the app as one script and one
 * stylesheet (vite.single.config.ts); this script inlines them, embeds the dataset, the base map and
 * both workers as text served from memory (scripts/single/bootstrap.js), and leaves nothing else in
 * the folder. The import's gazetteer is left out (2 MB): from the single file, imported data needs
 * coordinates or names the shipped dataset already has.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { jsonScriptSafe, scriptSafe } from './single/scriptSafe';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'dist-single');
const BUILD_DIR = join(OUT_DIR, '.build');
/** The single file's name. */
export const SINGLE_FILE = 'sister-city-atlas.html';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

function typeOf(path: string): string {
  return TYPES[path.slice(path.lastIndexOf('.'))] ?? 'text/plain';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function main(): Promise<void> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({ configFile: join(ROOT, 'vite.single.config.ts') });
  let html = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
  const entries = new Set<string>();
  html = html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>/g, (_, href: string) => {
    entries.add(href);
    return `<style>${readFileSync(join(BUILD_DIR, href), 'utf8').replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  });
  html = html.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  let app = '';
  html = html.replace(/<script type="module"[^>]*src="\.\/([^"]+)"[^>]*><\/script>/, (_, src: string) => {
    entries.add(src);
    app = readFileSync(join(BUILD_DIR, src), 'utf8');
    return '';
  });
  if (!app) throw new Error('invalid build: no module script in index.html');
  const files: Record<string, { type: string; text: string }> = {};
  for (const path of filesUnder(BUILD_DIR)) {
    const name = relative(BUILD_DIR, path).split('\\').join('/');
    if (entries.has(name) || name === 'index.html' || name.startsWith('gazetteer/') || name.startsWith('.')) continue;
    files[name] = { type: typeOf(name), text: readFileSync(path, 'utf8') };
  }
  const bootstrap = readFileSync(join(ROOT, 'scripts/single/bootstrap.js'), 'utf8');
  const body = [
    `<script type="application/json" id="sca-embedded">${jsonScriptSafe(files)}</script>`,
    `<script>${scriptSafe(bootstrap)}</script>`,
    `<script type="module">${scriptSafe(app)}</script>`,
  ].join('\n');
  html = html.replace('</body>', () => `${body}\n</body>`);
  rmSync(BUILD_DIR, { recursive: true, force: true });
  writeFileSync(join(OUT_DIR, SINGLE_FILE), html);
  const size = (Buffer.byteLength(html) / 1024 / 1024).toFixed(1);
  console.log(`${relative(ROOT, join(OUT_DIR, SINGLE_FILE))}: ${size} MB, ${Object.keys(files).length} embedded files (${Object.keys(files).join(', ')})`);
}

await main();
