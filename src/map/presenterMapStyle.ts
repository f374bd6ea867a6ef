import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASE_LAYER_IDS } from './baseStyle';
import { CITY_LAYER_IDS } from './cityStyle';
import { createLabelScaler } from './labelScale';

/** A paint property name. */
type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

/**
 * Paint of the light presenter theme: washed-out projectors lose dark navy, so the sea turns pale,
 * the land white and the labels dark. [layer, property, value].
 */
export const LIGHT_PAINT: readonly [string, PaintName, string][] = [
  [BASE_LAYER_IDS.background, 'background-color', '#cfdcec'],
  [BASE_LAYER_IDS.land, 'fill-color', '#f6f8fb'],
  [BASE_LAYER_IDS.borders, 'line-color', '#8fa1bb'],
  [BASE_LAYER_IDS.countryLabels, 'text-color', '#3b4a66'],
  [BASE_LAYER_IDS.countryLabels, 'text-halo-color', '#f6f8fb'],
  [CITY_LAYER_IDS.labels, 'text-color', '#0a1222'],
  [CITY_LAYER_IDS.labels, 'text-halo-color', '#ffffff'],
  [CITY_LAYER_IDS.circles, 'circle-stroke-color', '#ffffff'],
];

/**
 * The map's side of presenter mode: labels enlarged with the screen (`scale`, null for the ordinary
 * sizes) and the light theme's paint (`light`), the style's own values restored when turned off.
 * Does nothing until the base and city layers are there (call it again once they are) or when nothing changed.
 */
export function createPresenterMapStyle(map: MapLibreMap): (scale: number | null, light: boolean) => void {
  const scaleLabels = createLabelScaler(map);
  const original = new Map<string, unknown>();
  let sky: ReturnType<MapLibreMap['getSky']> | null = null;
  /** What the map shows now; the style's own look to begin with, so an ordinary atlas is never touched. */
  let applied = 'null|false';
  return (scale, light) => {
    const wanted = `${scale}|${light}`;
    if (wanted === applied || !map.getLayer(BASE_LAYER_IDS.background) || !map.getLayer(CITY_LAYER_IDS.labels)) return;
    applied = wanted;
    sky ??= map.getSky();
    scaleLabels(scale);
    for (const [layer, property, value] of LIGHT_PAINT) {
      if (!map.getLayer(layer)) continue;
      const key = `${layer}|${property}`;
      if (!original.has(key)) original.set(key, map.getPaintProperty(layer, property));
      map.setPaintProperty(layer, property, (light ? value : original.get(key)) as never);
    }
    map.setSky(light ? { 'sky-color': '#eef3f9', 'horizon-color': '#dfe8f3', 'sky-horizon-blend': 0.6, 'atmosphere-blend': 0.5 } : sky);
  };
}
