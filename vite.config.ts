import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy';

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicyPlugin((process.env.ATLAS_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean))],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The manifest lets the benchmark tell the app's chunks from maplibre-gl's and the bench page's.
    manifest: true,
    rolldownOptions: {
      // bench.html is the benchmark's page (scripts/bench/); the app is index.html, and embed.html its embed view.
      input: {
        app: fileURLToPath(new URL('index.html', import.meta.url)),
        bench: fileURLToPath(new URL('bench.html', import.meta.url)),
        benchGlobe: fileURLToPath(new URL('bench-globe.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed.html', import.meta.url)),
      },
      output: {
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  worker: { format: 'es' },
  server: { fs: { strict: true } },
});
