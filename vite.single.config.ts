import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { glslCommentsPlugin } from './scripts/glslComments';

/**
 * The build behind `npm run build:single`: the app alone (no benchmark page) as one script and one
 * stylesheet, which scripts/buildSingle.ts then inlines with the data, the base map and the workers
 * into dist-single/sister-city-atlas.html.
 */
export default defineConfig({
  plugins: [glslCommentsPlugin()],
  base: './',
  build: {
    outDir: 'dist-single/.build',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    cssCodeSplit: false,
    modulePreload: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: { app: fileURLToPath(new URL('index.html', import.meta.url)) },
      output: { codeSplitting: false },
    },
  },
  worker: { format: 'es' },
  logLevel: 'warn',
});
