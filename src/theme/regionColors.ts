import { REGIONS } from '../data/regions';
import type { Region } from '../data/schema';

/**
 * Colour of each partner world region, in the order of `REGIONS`, shared by the arcs, the legend and
 * the timeline bars. Chosen to stay distinct on a dark navy globe and on a projector.
 */
const PALETTE: readonly string[] = ['#ff6b6b', '#ffa94d', '#ffd43b', '#c0eb75', '#4dabf7', '#63e6be', '#b197fc', '#f783ac', '#3bc9db'];

/** Colour of each region, keyed by the `REGIONS` list. */
export const REGION_COLORS: Readonly<Record<Region, string>> = Object.fromEntries(REGIONS.map((region, i) => [region, PALETTE[i]!])) as Record<Region, string>;

/** Colour for pairings whose partner country has no known region. */
export const UNKNOWN_REGION_COLOR = '#adb5bd';

/** A region's colour as hex, or the neutral colour for null. */
export function regionColor(region: Region | null): string {
  return region ? REGION_COLORS[region] : UNKNOWN_REGION_COLOR;
}

/** `#rrggbb` as [r, g, b] in 0..1, for WebGL attributes. */
export function hexToRgb01(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
