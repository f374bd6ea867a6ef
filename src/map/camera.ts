import type { Map as MapLibreMap } from 'maplibre-gl';
import { frameBounds, frameGlobe } from '../state/frame';
import { selectHomePoints } from '../state/homeFrame';
import type { AtlasState } from '../state/state';
import type { Camera } from '../state/urlCamera';

/** The atlas's map, for modules outside src/map that only pass it on. */
export type AtlasMap = MapLibreMap;

/** Where the map looks now. */
export function readCamera(map: MapLibreMap): Camera {
  const center = map.getCenter().wrap();
  return { lon: center.lng, lat: center.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** Moves the map to a camera at once. */
export function jumpToCamera(map: MapLibreMap, camera: Camera): void {
  map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
}

/**
 * Turns the map to a home unit and its partners (`frameGlobe` on the globe, their box on the flat map).
 * False when the state has no home or the home has no placed ties.
 */
export function frameHome(map: MapLibreMap, state: Pick<AtlasState, 'dataset' | 'home' | 'sub' | 'projection'>, animate: boolean): boolean {
  if (state.home === null) return false;
  const points = selectHomePoints(state.dataset, state.home, state.sub);
  if (!points) return false;
  const container = map.getContainer();
  const viewport = { width: container.clientWidth, height: container.clientHeight };
  if (state.projection === 'mercator') {
    const box = frameBounds([points.home, ...points.partners]);
    if (box) map.fitBounds(box, { padding: Math.min(40, viewport.width / 10), animate, maxZoom: 6 });
    return box !== null;
  }
  const frame = frameGlobe(points.home, points.partners, viewport);
  const target = { center: [frame.lon, frame.lat] as [number, number], zoom: frame.zoom, bearing: 0, pitch: 0 };
  if (animate) map.easeTo(target);
  else map.jumpTo(target);
  return true;
}
