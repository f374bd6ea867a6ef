import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy';
import { glslCommentsPlugin } from './scripts/glslComments';

export default defineConfig({
  base: './',
  plugins: [glslCommentsPlugin(), contentSecurityPolicyPlugin((process.env.ATLAS_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean))],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The manifest lets the benchmark tell the app's chunks from maplibre-gl's and the bench pages'.
    manifest: true,
    // Every browser with WebGL2 and ES2022 supports <link rel="modulepreload">: no polyfill for it.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The app is index.html, and embed.html its embed view; the benchmark's pages build apart (vite.bench.config.ts).
      input: {
        app: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 1 },
            // What the pages load at start, in one chunk rather than cut into pieces shared with the chunks
            // loaded on first use (each piece gzips apart). The pages' own entry modules stay their entries.
            { name: 'boot', tags: ['$initial'], test: (id: string) => !/(\.html|src[\\/](main|embed)\.ts)$/.test(id) },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { fs: { strict: true } },
});
