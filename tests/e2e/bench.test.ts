import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { VARIANT_METRICS, type Variant } from '../../scripts/bench/metrics';
import type { Outcome } from '../../scripts/bench/outcome';
import { DIST, ROOT } from './harness';

/** The parts of the benchmark's JSON this test reads. */
interface BenchJson {
  datasets: { id: string; onMap: number }[];
  cases: { variant: Variant; dataset: string | null; runs: number; medians: Record<string, Outcome>; drawnArcs: number | null }[];
  sizes: { appJsGzip: number; maplibreJsGzip: number; assets: unknown[] };
  targets: { id: string; status: string }[];
  problems: string[];
}

const outDir = mkdtempSync(join(tmpdir(), 'sca-bench-smoke-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function runQuickBench(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench.ts', '--quick', '--no-build', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function isMeasured(value: Outcome | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  return value.timedOut === true && Number.isFinite(value.limitMs) && value.step.length > 0;
}

describe('npm run bench -- --quick (the smoke version)', () => {
  test('measures every metric of the app and every baseline (globe.gl included) on the smallest dataset', async () => {
    expect(existsSync(join(DIST, 'bench.html')), 'dist/bench.html missing: run `npm run build` first').toBe(true);
    expect(existsSync(join(DIST, 'bench-globe.html')), 'dist/bench-globe.html missing: run `npm run build` first').toBe(true);
    const out = join(outDir, 'quick.json');
    const { code, output } = await runQuickBench(out);
    expect(code, output).toBe(0);
    expect(output).toMatch(/\| status +\| target/);

    const json = JSON.parse(readFileSync(out, 'utf8')) as BenchJson;
    expect(json.datasets.map((d) => d.id)).toEqual(['3k']);
    expect(json.cases.map((c) => `${c.variant}:${c.dataset}`).sort()).toEqual(['app:3k', 'bare:null', 'geojson:3k', 'globegl:3k']);
    for (const c of json.cases) {
      expect(c.runs).toBe(1);
      for (const metric of VARIANT_METRICS[c.variant]) {
        expect(isMeasured(c.medians[metric]), `${c.variant} ${metric}: ${JSON.stringify(c.medians[metric])}`).toBe(true);
      }
    }
    expect(json.cases.find((c) => c.variant === 'app')?.drawnArcs).toBe(json.datasets[0]?.onMap);
    expect(json.cases.find((c) => c.variant === 'globegl')?.drawnArcs).toBe(json.datasets[0]?.onMap);
    expect(json.targets.filter((t) => t.id.startsWith('globegl-')).map((t) => t.status)).toEqual([
      expect.stringMatching(/^(PASS|MISS)$/),
      expect.stringMatching(/^(PASS|MISS)$/),
      expect.stringMatching(/^(PASS|MISS)$/),
    ]);
    expect(json.sizes.appJsGzip).toBeGreaterThan(0);
    expect(json.sizes.maplibreJsGzip).toBeGreaterThan(json.sizes.appJsGzip);
    expect(json.targets.find((t) => t.id === 'app-js')?.status).toMatch(/^(PASS|MISS)$/);
    expect(json.problems.filter((p) => p.startsWith('request left'))).toEqual([]);
    // Four pages (bare map, app, GeoJSON, globe.gl), each loaded and measured in full.
  }, 600_000);
});
