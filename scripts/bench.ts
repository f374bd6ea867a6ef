/**
 * `npm run bench`: builds the app, generates the synthetic datasets, serves everything locally,
 * drives Debian's Chromium headless and measures the app against three baselines (the bare map,
 * MapLibre GeoJSON lines and globe.gl's arcs layer) on the shipped and synthetic datasets. Prints
 * Markdown tables of medians, ratios, sizes and the targets; writes the JSON to bench-results/latest.json (bench-results/quick.json
 * for `--quick`) and to `--out FILE`.
 *
 *   npm run bench                 full run (5 runs per measurement)
 *   npm run bench -- --quick      smoke version: the 3k synthetic dataset, one run
 *   npm run bench -- --gpu        on the machine's GPU instead of SwiftShader
 *
 * See docs/performance.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuildSizes } from './bench/assetSizes';
import { launchBenchBrowser, VIEWPORT } from './bench/browser';
import { prepareDatasets, SYNTHETIC_SEED, SYNTHETIC_SIZES } from './bench/datasets';
import { probeAppMapSize } from './bench/measurePage';
import { PROTOCOL } from './bench/pageSpec';
import { parseBenchOptions, USAGE } from './bench/options';
import { planCases } from './bench/plan';
import { globeGlTable, metricsLegend, ratiosTable, resultsTable, sizesTable, targetsTable } from './bench/report';
import { runCases } from './bench/runCases';
import { checkTargets } from './bench/targets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
/** Where a run's JSON goes; a smoke run (`--quick`) does not replace the last full run's results. */
const resultsPath = (quick: boolean): string => join(ROOT, 'bench-results', quick ? 'quick.json' : 'latest.json');
const WARM_UP_LIMIT_MS = 90_000;
/** A full run stops starting new runs of a case after this long (the first run of every case always happens). */
const BUDGET_MS = 620_000;

function log(line: string, started: number): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const started = performance.now();
  // Other processes on the machine skew every figure; the report says how busy it was.
  const loadBefore = loadavg()[0] ?? 0;
  if (options.build) {
    log('npm run build', started);
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    if (build.status !== 0) throw new Error(`npm run build failed with status ${build.status}`);
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'sca-bench-'));
  try {
    const sizes = SYNTHETIC_SIZES.slice(0, options.quick ? 1 : SYNTHETIC_SIZES.length);
    log(`generating synthetic datasets (${sizes.join(', ')} ties) in ${dataDir}`, started);
    const datasets = prepareDatasets(ROOT, dataDir, sizes, !options.quick);
    const buildSizes = measureBuildSizes(DIST);

    const browser = await launchBenchBrowser(DIST, dataDir, options.gpu);
    const { mapSize, run } = await (async () => {
      try {
        log(`Chromium ${browser.version}, WebGL: ${browser.renderer}`, started);
        const size = await probeAppMapSize(browser, WARM_UP_LIMIT_MS);
        log(`warm-up done; the app's map is ${size.width}x${size.height}`, started);
        return {
          mapSize: size,
          run: await runCases(browser, planCases(datasets, options.runs, options.quick), size, (line) => log(line, started), started + BUDGET_MS),
        };
      } finally {
        await browser.close();
      }
    })();
    const targets = checkTargets(run.results, buildSizes);

    const results = {
      meta: {
        date: new Date().toISOString(),
        durationS: Math.round((performance.now() - started) / 1000),
        options,
        machine: {
          platform: `${platform()} ${release()}`,
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model ?? '',
          memoryGB: Math.round(totalmem() / 2 ** 30),
          loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
        },
        chromium: browser.version,
        webgl: browser.renderer,
        viewport: VIEWPORT,
        mapSize,
        protocol: PROTOCOL,
        syntheticSeed: SYNTHETIC_SEED,
      },
      datasets,
      cases: run.results,
      sizes: buildSizes,
      targets,
      problems: run.problems,
    };
    const latest = resultsPath(options.quick);
    writeJson(latest, results);
    if (options.out) writeJson(resolve(options.out), results);

    const out = [
      `## Benchmark, ${results.meta.date.slice(0, 10)}: ${options.gpu ? 'GPU' : 'SwiftShader (software WebGL)'}, ${results.meta.machine.cpus} CPUs, Chromium ${browser.version}, map ${mapSize.width}x${mapSize.height}, load average ${loadBefore.toFixed(1)} before / ${results.meta.machine.loadAverage.after.toFixed(1)} after; medians of up to ${options.runs} run${options.runs > 1 ? 's' : ''} (column "runs")`,
      '',
      resultsTable(run.results, datasets),
      '',
      ratiosTable(run.results, datasets),
      '',
      globeGlTable(run.results, datasets),
      '',
      targetsTable(targets),
      '',
      sizesTable(buildSizes),
      '',
      metricsLegend(),
      ...(run.problems.length ? ['', 'Problems:', ...run.problems.map((p) => `- ${p}`)] : []),
      '',
      `JSON: ${latest}${options.out ? ` and ${resolve(options.out)}` : ''} (${results.meta.durationS} s)`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
