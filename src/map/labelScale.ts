import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASE_LAYER_IDS } from './baseStyle';
import { CITY_LAYER_IDS } from './cityStyle';

/** Smallest map label in presenter mode, in design pixels of a 1920×1080 screen (28 px at 4K). */
export const PRESENT_MIN_LABEL_PX = 14;

/** Whether item `i` of a `text-size` expression is an output size: the stops of a top-level `interpolate` or `step`. */
function isOutput(expression: readonly unknown[], i: number): boolean {
  if (typeof expression[i] !== 'number' || i % 2 !== 0) return false;
  return expression[0] === 'interpolate' ? i >= 4 : expression[0] === 'step' && i >= 2;
}

/**
 * A `text-size` value multiplied by `factor`: a number, or the output stops of a top-level
 * `interpolate` or `step` on zoom (MapLibre allows zoom only there, so a product cannot wrap it).
 * Anything else is returned as it is.
 */
export function scaleTextSize(value: unknown, factor: number): unknown {
  if (typeof value === 'number') return value * factor;
  if (!Array.isArray(value)) return value;
  return value.map((item, i) => (isOutput(value, i) ? (item as number) * factor : item));
}

/** The smallest size a `text-size` value gives (its smallest output stop), or null when it cannot tell. */
export function smallestTextSize(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value)) return null;
  const sizes = value.filter((_, i) => isOutput(value, i)) as number[];
  return sizes.length ? Math.min(...sizes) : null;
}

const LABEL_LAYERS = [BASE_LAYER_IDS.countryLabels, CITY_LAYER_IDS.labels];

/**
 * Enlarges the map's labels for presenter mode: the smallest reaches `PRESENT_MIN_LABEL_PX × scale`,
 * the others in proportion; `scale` null restores the style's own sizes. Returns that setter; it keeps
 * the style's original sizes.
 */
export function createLabelScaler(map: MapLibreMap): (scale: number | null) => void {
  const original = new Map<string, unknown>();
  return (scale) => {
    for (const id of LABEL_LAYERS) {
      if (!map.getLayer(id)) continue;
      if (!original.has(id)) original.set(id, map.getLayoutProperty(id, 'text-size'));
      const base = original.get(id);
      const smallest = smallestTextSize(base);
      const factor = scale === null || smallest === null ? 1 : Math.max(1, (PRESENT_MIN_LABEL_PX * scale) / smallest);
      map.setLayoutProperty(id, 'text-size', (factor === 1 ? base : scaleTextSize(base, factor)) as never);
    }
  };
}
