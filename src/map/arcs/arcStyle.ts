/**
 * Width and opacity of the arcs for the current zoom and number of arcs shown, computed on the CPU
 * once per frame and passed as uniforms. Few arcs are drawn bold; thousands fanning out of eastern
 * China are drawn thin and translucent so their overlaps build up colour instead of a solid knot.
 */

/** Uniform values of one frame. Widths are in device pixels, opacities in 0..1. */
export interface ArcStyle {
  width: number;
  alpha: number;
  /** Arcs touching the selected city. */
  focusWidth: number;
  focusAlpha: number;
  /** Arcs touching the hovered city. */
  hoverWidth: number;
  hoverAlpha: number;
  /** Opacity factor of the other arcs while a city is selected. */
  dim: number;
}

/** What the style depends on. */
export interface ArcStyleInput {
  zoom: number;
  /** Arcs passing the year window. */
  count: number;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Linear between (x0, y0) and (x1, y1), constant outside. */
function ramp(x: number, x0: number, y0: number, x1: number, y1: number): number {
  return y0 + (y1 - y0) * clamp((x - x0) / (x1 - x0), 0, 1);
}

/** The arc style for a zoom level, a number of visible arcs and a pixel ratio. */
export function arcStyle({ zoom, count, pixelRatio }: ArcStyleInput): ArcStyle {
  const ratio = pixelRatio > 0 ? pixelRatio : 1;
  const n = Math.max(1, count);
  // Thinner as arcs crowd, wider as the map zooms in and they spread apart (CSS pixels).
  const crowdWidth = ramp(Math.log10(n), 2, 1.6, 4, 0.9);
  const cssWidth = crowdWidth * ramp(zoom, 1.5, 1, 6, 1.8);
  // Opacity so that about a hundred overlapping arcs reach full colour, more when zoomed in.
  const alpha = clamp(0.8 * (60 / n) ** 0.45 * ramp(zoom, 2, 1, 6, 1.5), 0.05, 0.9);
  return {
    width: cssWidth * ratio,
    alpha,
    focusWidth: Math.max(cssWidth * 1.6, 1.6) * ratio,
    focusAlpha: clamp(alpha * 4, 0.55, 0.95),
    hoverWidth: Math.max(cssWidth * 1.3, 1.3) * ratio,
    hoverAlpha: clamp(alpha * 3, 0.4, 0.9),
    dim: 0.3,
  };
}
