/** The metrics a benchmark run records, what each means, and which variants have it. */
import { isTimedOut, type Better, type Outcome } from './outcome';

/** What is measured: the app, or a baseline on a bench page (globe.gl's on bench-globe.html). */
export type Variant = 'app' | 'bare' | 'geojson' | 'arcs' | 'globegl';

/** Every metric of a page. */
export type MetricId = 'loadMs' | 'frameMs' | 'yearChangeMs' | 'yearSettleMs' | 'rotationFps' | 'playFps' | 'heapLoadMB' | 'heapChurnMB';

/** How a metric is shown and compared. */
export interface MetricInfo {
  label: string;
  unit: 'ms' | 'fps' | 'MB';
  better: Better;
  /** One line on how it is measured, for the report's legend. */
  description: string;
  /** The protocol step that measures it (the name a timeout marker carries); null when it cannot time out. */
  step: string | null;
}

/** The metrics in table order. */
export const METRICS: Record<MetricId, MetricInfo> = {
  loadMs: {
    label: 'load→idle',
    unit: 'ms',
    better: 'lower',
    description: 'navigation start to the first idle map with the data drawn',
    step: 'load',
  },
  frameMs: {
    label: 'frame',
    unit: 'ms',
    better: 'lower',
    description: 'one forced repaint (map.redraw; globe.gl: one render of its three.js scene), GPU waited on with readPixels',
    step: 'frame',
  },
  yearChangeMs: {
    label: 'year change',
    unit: 'ms',
    better: 'lower',
    description:
      'year window change to the first finished frame showing it (custom layer: the next frame, from a settled map below 50k arcs; GeoJSON: once re-tiled, idle; globe.gl: arcsData filtered, the frame after its update)',
    step: 'year change',
  },
  yearSettleMs: {
    label: 'year settle',
    unit: 'ms',
    better: 'lower',
    description: 'year window change to the map idle again (the app: city sizes re-tiled too)',
    step: 'year settle',
  },
  rotationFps: {
    label: 'rotate',
    unit: 'fps',
    better: 'higher',
    description: 'frames per second while the centre (globe.gl: the camera) moves 1° east per frame, each frame finished on the GPU',
    step: 'rotation',
  },
  playFps: {
    label: 'play',
    unit: 'fps',
    better: 'higher',
    description: 'frames the map draws per second while the timeline plays at 1x (arcs grow 520 of every 700 ms)',
    step: 'play',
  },
  heapLoadMB: {
    label: 'heap load',
    unit: 'MB',
    better: 'lower',
    description: 'used JS heap after load, after a forced GC (CDP HeapProfiler.collectGarbage)',
    step: null,
  },
  heapChurnMB: {
    label: 'heap +200',
    unit: 'MB',
    better: 'lower',
    description: 'used JS heap after 200 year changes (one per frame, as a brush drag; 20 with --quick), back to the whole range, idle, forced GC',
    step: 'heap: year changes',
  },
};

/** The name of the step that measures `id`, as its timeout markers carry it. */
export function stepOf(id: MetricId): string {
  return METRICS[id].step ?? id;
}

/**
 * The value of a metric as far as it speaks for the metric: a number, or a timeout of the metric's
 * own step (a bound); undefined for a timeout of an earlier step, which says nothing about it.
 */
export function ownOutcome(value: Outcome | undefined, id: MetricId): Outcome | undefined {
  return value !== undefined && isTimedOut(value) && value.step !== stepOf(id) ? undefined : value;
}

/** Metric order in tables. */
export const METRIC_ORDER = Object.keys(METRICS) as MetricId[];

/** The metrics each variant has. */
export const VARIANT_METRICS: Record<Variant, readonly MetricId[]> = {
  app: ['loadMs', 'frameMs', 'yearChangeMs', 'yearSettleMs', 'rotationFps', 'playFps', 'heapLoadMB', 'heapChurnMB'],
  arcs: ['loadMs', 'frameMs', 'yearChangeMs', 'yearSettleMs', 'rotationFps'],
  geojson: ['loadMs', 'frameMs', 'yearChangeMs', 'rotationFps'],
  globegl: ['loadMs', 'frameMs', 'yearChangeMs', 'rotationFps'],
  bare: ['loadMs', 'frameMs', 'rotationFps'],
};

/** Names of the variants in tables. */
export const VARIANT_LABELS: Record<Variant, string> = {
  app: 'app',
  arcs: 'arc layer alone',
  geojson: 'GeoJSON lines',
  globegl: 'globe.gl',
  bare: 'bare map',
};
