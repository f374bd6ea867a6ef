/**
 * The benchmark's printed report: Markdown tables (so they paste into docs/performance.md as they
 * are) of the medians, the ratios between the app and its baselines, the sizes and the targets.
 */
import type { BuildSizes } from './assetSizes';
import type { BenchDataset } from './datasets';
import { METRIC_ORDER, METRICS, ownOutcome, VARIANT_LABELS, type MetricId, type Variant } from './metrics';
import { isTimedOut, ratioOf, type Outcome, type Ratio } from './outcome';
import type { CaseResult } from './runCases';
import type { TargetResult } from './targets';

/** A value as a table cell: a timeout of this metric's own step as a bound (">60 s"), one of an earlier step as "—". */
export function formatOutcome(value: Outcome | undefined, id: MetricId): string {
  if (value === undefined) return '';
  const { unit } = METRICS[id];
  if (isTimedOut(value)) {
    if (ownOutcome(value, id) === undefined) return '—';
    return unit === 'fps' ? `<${(1000 / value.limitMs).toFixed(2)}` : `>${(value.limitMs / 1000).toFixed(0)} s`;
  }
  if (unit === 'ms') return value >= 100 ? value.toFixed(0) : value.toFixed(1);
  if (unit === 'fps') return value >= 10 ? value.toFixed(1) : value.toFixed(2);
  return value.toFixed(1);
}

/** A ratio as a table cell ("1.07x", "≥12x", "≤0.01x"); a bound is rounded the safe way (down for ≥, up for ≤). */
export function formatRatio(ratio: Ratio): string {
  if (ratio === null) return '';
  const x = (n: number, round: (v: number) => number): string => {
    if (!(n > 0)) return '0x';
    const decimals = n >= 10 ? 0 : n >= 0.1 ? 2 : Math.max(1, -Math.floor(Math.log10(n)));
    const scale = 10 ** decimals;
    return `${(round(n * scale) / scale).toFixed(decimals)}x`;
  };
  if (typeof ratio === 'number') return x(ratio, Math.round);
  return 'atLeast' in ratio ? `≥${x(ratio.atLeast, Math.floor)}` : `≤${x(ratio.atMost, Math.ceil)}`;
}

function table(header: string[], rows: string[][], alignRight: (column: number) => boolean): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, c) => (alignRight(c) ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (alignRight(c) ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const UNIT_LABEL: Record<string, string> = { ms: 'ms', fps: 'fps', MB: 'MB' };

/** Medians of every case: one row per dataset and variant. */
export function resultsTable(results: readonly CaseResult[], datasets: readonly BenchDataset[]): string {
  const metrics = METRIC_ORDER.filter((id) => results.some((r) => r.medians[id] !== undefined));
  const header = ['dataset', 'arcs', 'variant', 'runs', ...metrics.map((id) => `${METRICS[id].label} ${UNIT_LABEL[METRICS[id].unit]}`)];
  const order: Variant[] = ['app', 'globegl', 'arcs', 'geojson'];
  const rows: string[][] = [];
  const bare = results.find((r) => r.variant === 'bare');
  if (bare) rows.push(['—', '0', VARIANT_LABELS.bare, String(bare.runs), ...metrics.map((id) => formatOutcome(bare.medians[id], id))]);
  for (const dataset of datasets) {
    for (const variant of order) {
      const r = results.find((x) => x.variant === variant && x.dataset === dataset.id);
      if (!r) continue;
      rows.push([
        dataset.id,
        dataset.onMap.toLocaleString('en-US'),
        VARIANT_LABELS[variant],
        String(r.runs),
        ...metrics.map((id) => formatOutcome(r.medians[id], id)),
      ]);
    }
  }
  return table(header, rows, (c) => c === 1 || c >= 3);
}

/** Ratios between the app and its baselines, per dataset. */
export function ratiosTable(results: readonly CaseResult[], datasets: readonly BenchDataset[]): string {
  const bare = results.find((r) => r.variant === 'bare');
  const header = [
    'dataset',
    'load app/bare',
    'rotate app/bare',
    'rotate app/GeoJSON',
    'year change/frame (app)',
    'year change GeoJSON/app',
    'heap +200/load (app)',
  ];
  const rows = datasets.map((d) => {
    const app = results.find((r) => r.variant === 'app' && r.dataset === d.id);
    const geo = results.find((r) => r.variant === 'geojson' && r.dataset === d.id);
    // A ratio of one metric, or of `id` over `over` within the app; timeouts of other steps give no figure.
    const ratio = (a: CaseResult | undefined, b: CaseResult | undefined, id: MetricId, over: MetricId = id, bounded = true): string =>
      formatRatio(ratioOf(ownOutcome(a?.medians[id], id), ownOutcome(b?.medians[over], over), METRICS[id].better, bounded));
    return [
      d.id,
      ratio(app, bare, 'loadMs'),
      ratio(app, bare, 'rotationFps'),
      ratio(app, geo, 'rotationFps'),
      ratio(app, app, 'yearChangeMs', 'frameMs'),
      ratio(geo, app, 'yearChangeMs'),
      ratio(app, app, 'heapChurnMB', 'heapLoadMB', false),
    ];
  });
  return table(header, rows, (c) => c > 0);
}

/**
 * The app against globe.gl, per dataset, each ratio turned so that above 1 means the atlas leads:
 * load and year change as globe.gl's time over the app's, rotation as the app's fps over globe.gl's.
 */
export function globeGlTable(results: readonly CaseResult[], datasets: readonly BenchDataset[]): string {
  const header = ['dataset', 'load globe.gl/app', 'year change globe.gl/app', 'rotate app/globe.gl', 'frame globe.gl/app'];
  const rows = datasets.map((d) => {
    const app = results.find((r) => r.variant === 'app' && r.dataset === d.id);
    const globe = results.find((r) => r.variant === 'globegl' && r.dataset === d.id);
    const ratio = (a: CaseResult | undefined, b: CaseResult | undefined, id: MetricId): string =>
      formatRatio(ratioOf(ownOutcome(a?.medians[id], id), ownOutcome(b?.medians[id], id), METRICS[id].better));
    return [d.id, ratio(globe, app, 'loadMs'), ratio(globe, app, 'yearChangeMs'), ratio(app, globe, 'rotationFps'), ratio(globe, app, 'frameMs')];
  });
  return table(header, rows, (c) => c > 0);
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** Every built file with its raw and gzipped size, then the totals that matter. */
export function sizesTable(sizes: BuildSizes): string {
  const rows = sizes.assets.map((a) => [a.file, a.kind, kb(a.bytes), kb(a.gzipBytes)]);
  const files = table(['file', 'kind', 'raw kB', 'gzip kB'], rows, (c) => c >= 2);
  const totals = table(
    ['total (gzip)', 'kB'],
    [
      ['app JS on top of maplibre-gl (all index.html can load)', kb(sizes.appJsGzip)],
      ['… of which loaded at start', kb(sizes.appJsInitialGzip)],
      ['maplibre-gl JS (chunk + worker)', kb(sizes.maplibreJsGzip)],
      ['CSS loaded by index.html', kb(sizes.cssGzip)],
      ['shipped dataset', kb(sizes.datasetGzip)],
      ['base map (world/)', kb(sizes.worldGzip)],
      ['data fetched on demand', kb(sizes.otherDataGzip)],
    ],
    (c) => c === 1,
  );
  return `${files}\n\n${totals}`;
}

/** The targets with their figures and PASS / MISS. */
export function targetsTable(targets: readonly TargetResult[]): string {
  const rows = targets.map((t) => [
    t.status,
    t.description,
    t.id === 'app-js' && typeof t.value === 'number' ? `${t.value.toFixed(1)} kB` : formatRatio(t.value),
    `${t.comparison} ${t.limit}${t.id === 'app-js' ? ' kB' : 'x'}`,
    t.detail,
  ]);
  return table(['status', 'target', 'figure', 'limit', 'from'], rows, () => false);
}

/** A legend of the metrics, for the report. */
export function metricsLegend(): string {
  return METRIC_ORDER.map((id) => `- ${METRICS[id].label}: ${METRICS[id].description}`).join('\n');
}
