/** Where the parts of the chart go, in SVG pixels. */
export interface ChartLayout {
  width: number;
  height: number;
  /** The plot of year bars: left edge, top, width and height. */
  plot: { left: number; top: number; width: number; height: number };
  /** The "year unknown" bar, set apart to the right of the cumulative axis. */
  unknown: { left: number; width: number };
  /** How much larger than the ordinary 11 px the axis labels are (presenter mode); margins grow with them. */
  scale: number;
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

/**
 * The label scale for a timeline whose font size is `fontPx`: axis labels are one pixel smaller than
 * the timeline's text (11 px at the ordinary 12 px), so 1 there and more in presenter mode; never below 1.
 */
export function labelScale(fontPx: number): number {
  return Number.isFinite(fontPx) && fontPx > 12 ? (fontPx - 1) / 11 : 1;
}

/**
 * Lays out a chart of `width` × `height` pixels; tiny sizes give a tiny but valid layout. `scale`
 * (see `labelScale`) widens the margins that hold axis labels, so large labels do not clip.
 */
export function layoutChart(width: number, height: number, scale = 1): ChartLayout {
  const k = Number.isFinite(scale) && scale > 1 ? scale : 1;
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  const left = Math.round(LEFT * k);
  const cumulative = Math.round(CUMULATIVE_AXIS * k);
  const gap = Math.round(UNKNOWN_GAP * k);
  const slot = Math.round(UNKNOWN_SLOT * k);
  const bar = Math.round(22 * k);
  const top = Math.round(TOP * k);
  const plotWidth = Math.max(10, w - left - cumulative - gap - slot);
  const plotHeight = Math.max(10, h - top - Math.round(BOTTOM * k));
  const unknownLeft = left + plotWidth + cumulative + gap;
  return {
    width: w,
    height: h,
    plot: { left, top, width: plotWidth, height: plotHeight },
    unknown: { left: unknownLeft + (slot - bar) / 2, width: bar },
    scale: k,
  };
}

/** A tick step in years that leaves at least `minGap` pixels between labels. */
export function yearTickStep(years: number, width: number, minGap = 44): number {
  const perYear = width / Math.max(1, years);
  return [1, 2, 5, 10, 20, 25, 50].find((step) => step * perYear >= minGap) ?? 100;
}
