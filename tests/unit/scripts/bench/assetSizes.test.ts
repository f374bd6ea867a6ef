import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { filesLoadedBy, measureBuildSizes } from '../../../../scripts/bench/assetSizes';

const manifest = {
  'index.html': { file: 'assets/app-1.js', isEntry: true, src: 'index.html', imports: ['_shared-1.js', '_maplibre-gl-1.js'], css: ['assets/app-1.css'] },
  'bench.html': { file: 'assets/bench-1.js', isEntry: true, src: 'bench.html', imports: ['_shared-1.js'] },
  '_shared-1.js': { file: 'assets/shared-1.js', imports: ['_maplibre-gl-1.js'], assets: ['assets/atlas-1.json'], dynamicImports: ['src/lazy.ts'] },
  'src/lazy.ts': { file: 'assets/lazy-1.js' },
  '_maplibre-gl-1.js': { file: 'assets/maplibre-gl-1.js', assets: ['assets/maplibre-gl-worker-1.mjs'] },
};

const files: Record<string, string> = {
  'assets/app-1.js': 'app '.repeat(100),
  'assets/shared-1.js': 'shared '.repeat(50),
  'assets/lazy-1.js': 'lazy',
  'assets/bench-1.js': 'bench '.repeat(30),
  'assets/maplibre-gl-1.js': 'maplibre '.repeat(500),
  'assets/maplibre-gl-worker-1.mjs': 'worker '.repeat(200),
  'assets/app-1.css': 'body{}',
  'assets/atlas-1.json': '{"pairings":[]}',
  'world/land.json': '{"type":"FeatureCollection"}',
  'gazetteer/world.tsv': 'a\tb',
  'index.html': '<html></html>',
};

const dist = mkdtempSync(join(tmpdir(), 'sca-sizes-'));
for (const [file, text] of Object.entries({ ...files, '.vite/manifest.json': JSON.stringify(manifest) })) {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const gz = (file: string): number => gzipSync(Buffer.from(files[file] as string)).length;

describe('filesLoadedBy', () => {
  test('filesLoadedBy(manifest, entry, true) follows static imports only', () => {
    expect([...filesLoadedBy(manifest, 'index.html', true)].sort()).toEqual(['assets/app-1.js', 'assets/maplibre-gl-1.js', 'assets/shared-1.js']);
  });

  test('filesLoadedBy(manifest, entry) follows static and dynamic imports, CSS and assets', () => {
    expect([...filesLoadedBy(manifest, 'index.html')].sort()).toEqual([
      'assets/app-1.css',
      'assets/app-1.js',
      'assets/atlas-1.json',
      'assets/lazy-1.js',
      'assets/maplibre-gl-1.js',
      'assets/maplibre-gl-worker-1.mjs',
      'assets/shared-1.js',
    ]);
  });
});

describe('measureBuildSizes', () => {
  const sizes = measureBuildSizes(dist);

  test('measureBuildSizes(dist) counts the app JS the page loads, without maplibre-gl or the bench page', () => {
    expect(sizes.appJsGzip).toBe(gz('assets/app-1.js') + gz('assets/shared-1.js') + gz('assets/lazy-1.js'));
    expect(sizes.maplibreJsGzip).toBe(gz('assets/maplibre-gl-1.js') + gz('assets/maplibre-gl-worker-1.mjs'));
  });

  test('measureBuildSizes(dist) tells the app JS loaded at start from the JS loaded on demand', () => {
    expect(sizes.appJsInitialGzip).toBe(gz('assets/app-1.js') + gz('assets/shared-1.js'));
  });

  test('measureBuildSizes(dist) sorts files into kinds and leaves HTML and the manifest out', () => {
    const kinds = Object.fromEntries(sizes.assets.map((a) => [a.file, a.kind]));
    expect(kinds).toEqual({
      'assets/app-1.js': 'app-js',
      'assets/shared-1.js': 'app-js',
      'assets/lazy-1.js': 'app-js',
      'assets/bench-1.js': 'bench-js',
      'assets/maplibre-gl-1.js': 'maplibre-js',
      'assets/maplibre-gl-worker-1.mjs': 'maplibre-js',
      'assets/app-1.css': 'css',
      'assets/atlas-1.json': 'dataset',
      'world/land.json': 'world',
      'gazetteer/world.tsv': 'other-data',
    });
    expect(sizes.datasetGzip).toBe(gz('assets/atlas-1.json'));
  });

  test('measureBuildSizes throws without a manifest', () => {
    expect(() => measureBuildSizes(join(dist, 'world'))).toThrow('manifest.json missing');
  });
});
