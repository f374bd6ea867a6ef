/**
 * Sizes of what a visitor downloads: every built JS and CSS file, the dataset and the world files,
 * raw and gzipped (node:zlib, default level). The Vite manifest tells which chunks the app's page
 * loads, so that the JS the app adds on top of maplibre-gl can be told apart from maplibre-gl
 * (its own chunk and its worker) and from the benchmark's page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a built file is: JS of the app, of maplibre-gl or of the bench page; CSS; the shipped dataset;
 * the base map's world files; other data (files the app fetches only on demand, such as a gazetteer).
 */
export type AssetKind = 'app-js' | 'maplibre-js' | 'bench-js' | 'css' | 'dataset' | 'world' | 'other-data' | 'other';

/** One file of dist/. */
export interface AssetSize {
  /** Path inside dist/. */
  file: string;
  kind: AssetKind;
  bytes: number;
  gzipBytes: number;
}

/** The sizes of a build. */
export interface BuildSizes {
  assets: AssetSize[];
  /** Gzipped JS the app's page can load (at start or on demand), maplibre-gl excluded: the target's figure. */
  appJsGzip: number;
  /** The part of `appJsGzip` loaded at start: the entry chunk and its static imports. */
  appJsInitialGzip: number;
  /** Gzipped maplibre-gl: its chunk and its worker. */
  maplibreJsGzip: number;
  /** Gzipped CSS the app's page loads. */
  cssGzip: number;
  /** Gzipped shipped dataset. */
  datasetGzip: number;
  /** Gzipped base map files (world/). */
  worldGzip: number;
  /** Gzipped data files fetched only on demand. */
  otherDataGzip: number;
}

/** One entry of Vite's .vite/manifest.json. */
interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

type Manifest = Record<string, ManifestChunk>;

const MAPLIBRE = /maplibre-gl/;

/**
 * Every file the chunk under `key` loads, itself included: with `initialOnly`, the chunks of its
 * static imports alone; otherwise their CSS and assets (workers, data) and dynamic imports too.
 */
export function filesLoadedBy(manifest: Manifest, key: string, initialOnly = false): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (k: string): void => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`invalid manifest: no entry ${k}`);
    files.add(chunk.file);
    if (!initialOnly) for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    for (const next of [...(chunk.imports ?? []), ...(initialOnly ? [] : (chunk.dynamicImports ?? []))]) visit(next);
  };
  visit(key);
  return files;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

function kindOf(file: string, appFiles: Set<string>): AssetKind {
  if (file.startsWith('world/')) return 'world';
  if (file.startsWith('assets/') && /\.json$/.test(file)) return 'dataset';
  if (/\.(json|tsv|csv)$/.test(file)) return 'other-data';
  if (/\.css$/.test(file)) return 'css';
  if (!/\.m?js$/.test(file)) return 'other';
  if (MAPLIBRE.test(file)) return 'maplibre-js';
  return appFiles.has(file) ? 'app-js' : 'bench-js';
}

/** Measures every file of `dist` (which must hold .vite/manifest.json and the app's index.html entry). */
export function measureBuildSizes(dist: string): BuildSizes {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error('invalid build: dist/.vite/manifest.json missing (build.manifest in vite.config.ts)');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'));
  if (!entry) throw new Error('invalid build: the manifest has no index.html entry');
  const appFiles = filesLoadedBy(manifest, entry);
  const initialFiles = filesLoadedBy(manifest, entry, true);

  const assets = listFiles(dist)
    .map((path) => relative(dist, path).split('\\').join('/'))
    .filter((file) => !file.startsWith('.vite/') && !/\.(html|map)$/.test(file))
    .map((file): AssetSize => {
      const content = readFileSync(join(dist, file));
      return { file, kind: kindOf(file, appFiles), bytes: content.length, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzipBytes - a.gzipBytes);

  const sum = (pick: (a: AssetSize) => boolean): number => assets.filter(pick).reduce((total, a) => total + a.gzipBytes, 0);
  return {
    assets,
    appJsGzip: sum((a) => a.kind === 'app-js'),
    appJsInitialGzip: sum((a) => a.kind === 'app-js' && initialFiles.has(a.file)),
    maplibreJsGzip: sum((a) => a.kind === 'maplibre-js'),
    cssGzip: sum((a) => a.kind === 'css' && appFiles.has(a.file)),
    datasetGzip: sum((a) => a.kind === 'dataset'),
    worldGzip: sum((a) => a.kind === 'world'),
    otherDataGzip: sum((a) => a.kind === 'other-data'),
  };
}
