import type { ArcStyle } from '../map/arcs/arcStyle';

/** Thinnest arc in presenter mode, in device pixels: hairlines vanish on a projector. */
export const PRESENT_MIN_ARC_PX = 3;

/**
 * How much presenter mode enlarges things for a viewport in CSS pixels: 1 at 1920×1080, 2 at
 * 3840×2160, never below 1 (a small laptop keeps the ordinary sizes). Matches `--sca-pu` in present.css.
 */
export function presentScale(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return 1;
  return Math.max(1, Math.min(width / 1920, height / 1080));
}

/** An arc style for presenter mode: every width scaled, and none thinner than `PRESENT_MIN_ARC_PX` device pixels. */
export function presentArcStyle(style: ArcStyle, scale: number): ArcStyle {
  const widen = (width: number, floor: number): number => Math.max(width * scale, floor);
  return {
    ...style,
    width: widen(style.width, PRESENT_MIN_ARC_PX),
    focusWidth: widen(style.focusWidth, PRESENT_MIN_ARC_PX * 1.6),
    hoverWidth: widen(style.hoverWidth, PRESENT_MIN_ARC_PX * 1.3),
  };
}
