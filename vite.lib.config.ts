import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { glslCommentsPlugin } from './scripts/glslComments';

const root = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Files the app imports with `?url` that a library must ship beside its module instead of inlining (Vite's
 * library mode inlines every asset): the map's worker and the shipped dataset. Each import becomes
 * `new URL('<file>', import.meta.url)`, so the module finds them relative to its own URL.
 */
const BESIDE: readonly { test: RegExp; file: string; source: string }[] = [
  { test: /maplibre-gl-worker\.mjs\?url$/, file: 'maplibre-gl-worker.mjs', source: root('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs') },
  { test: /data\/atlas\.json\?url$/, file: 'data/atlas.json', source: root('data/atlas.json') },
];

function besideModule(): Plugin {
  const prefix = '\0beside:';
  return {
    name: 'sca-beside-module',
    enforce: 'pre',
    resolveId(id) {
      const index = BESIDE.findIndex((entry) => entry.test.test(id));
      // The virtual id carries no file extension, so no other plugin (JSON, workers) transforms it.
      return index >= 0 ? `${prefix}${index}` : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const entry = BESIDE[Number(id.slice(prefix.length))]!;
      this.emitFile({ type: 'asset', fileName: entry.file, source: readFileSync(entry.source) });
      return `export default new URL(/* @vite-ignore */ ${JSON.stringify(`./${entry.file}`)}, import.meta.url).href;`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'sister-city-atlas.d.ts', source: readFileSync(root('src/lib/sisterCityAtlas.d.ts')) });
    },
  };
}

/**
 * The app's page styles scoped to the atlas, so a portal's own page keeps its margins, fonts and links:
 * `:root`, `*`, `a` and the page rules (`html, body`, `body > .sca-root`) of src/ui/styles.css.
 */
function scopedStyles(): Plugin {
  return {
    name: 'sca-scoped-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('src/ui/styles.css')) return null;
      return code
        .replace(/^:root\s*\{/m, '.sca-app {')
        .replace(/^html, body \{[^}]*\}\n/m, '')
        .replace(/^body > \.sca-root \{[^}]*\}\n/m, '')
        .replace(/^\* \{/m, '.sca-app, .sca-app * {')
        .replace(/^a \{/m, '.sca-app a {');
    },
  };
}

/** `npm run build:lib`: the portal library, dist-lib/sister-city-atlas.js with its CSS, worker, data, base map and types. */
export default defineConfig({
  base: './',
  plugins: [glslCommentsPlugin(), besideModule(), scopedStyles()],
  build: {
    outDir: 'dist-lib',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    lib: {
      entry: root('src/lib/index.ts'),
      formats: ['es'],
      fileName: () => 'sister-city-atlas.js',
      cssFileName: 'sister-city-atlas',
    },
  },
  worker: { format: 'es' },
});
