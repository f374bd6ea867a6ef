import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { glslCommentsPlugin } from './scripts/glslComments';

/**
 * The benchmark's pages (scripts/bench/): bench.html and bench-globe.html, built into dist/ beside the
 * app by `npm run build`, after it. A build of their own, so that the app's chunks hold only what the
 * app uses: in one build, modules the app shares with globe.gl are cut into chunks for both and keep
 * every export globe.gl needs.
 */
export default defineConfig({
  plugins: [glslCommentsPlugin()],
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    manifest: '.vite/bench-manifest.json',
    rolldownOptions: {
      input: {
        bench: fileURLToPath(new URL('bench.html', import.meta.url)),
        benchGlobe: fileURLToPath(new URL('bench-globe.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  logLevel: 'warn',
});
