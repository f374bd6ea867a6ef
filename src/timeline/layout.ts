/** Where the parts of the chart go, in SVG pixels. */
export interface ChartLayout {
  width: number;
  height: number;
  /** The plot of year bars: left edge, top, width and height. */
  plot: { left: number; top: number; width: number; height: number };
  /** The "year unknown" bar, set apart to the right of the cumulative axis. */
  unknown: { left: number; width: number };
}

/** Room for the left (per-year) axis labels. */
const LEFT = 34;
/** Room for the right (cumulative) axis labels. */
const CUMULATIVE_AXIS = 38;
/** Gap between that axis and the unknown bar, and the bar's own slot. */
const UNKNOWN_GAP = 14;
const UNKNOWN_SLOT = 48;
const TOP = 18;
const BOTTOM = 20;

/** Lays out a chart of `width` × `height` pixels; tiny sizes give a tiny but valid layout. */
export function layoutChart(width: number, height: number): ChartLayout {
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  const plotWidth = Math.max(10, w - LEFT - CUMULATIVE_AXIS - UNKNOWN_GAP - UNKNOWN_SLOT);
  const plotHeight = Math.max(10, h - TOP - BOTTOM);
  const unknownLeft = LEFT + plotWidth + CUMULATIVE_AXIS + UNKNOWN_GAP;
  return {
    width: w,
    height: h,
    plot: { left: LEFT, top: TOP, width: plotWidth, height: plotHeight },
    unknown: { left: unknownLeft + (UNKNOWN_SLOT - 22) / 2, width: 22 },
  };
}

/** A tick step in years that leaves at least `minGap` pixels between labels. */
export function yearTickStep(years: number, width: number, minGap = 44): number {
  const perYear = width / Math.max(1, years);
  return [1, 2, 5, 10, 20, 25, 50].find((step) => step * perYear >= minGap) ?? 100;
}
