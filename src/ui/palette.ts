import type { Region } from '../data/schema';

/**
 * Colour of each partner world region, shared by the arcs, the legend and the timeline bars.
 * Chosen to stay distinct on a dark navy globe and on a projector.
 */
export const REGION_COLORS: Record<Region, string> = {
  'east-asia': '#ff6b6b',
  'southeast-asia': '#ffa94d',
  'south-central-asia': '#ffd43b',
  'west-asia': '#c0eb75',
  europe: '#4dabf7',
  africa: '#63e6be',
  'north-america': '#b197fc',
  'latin-america': '#f783ac',
  oceania: '#3bc9db',
};

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
