import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `draw` with the map's canvas right after the map's next frame, in the same task, while the
 * WebGL drawing buffer still holds that frame (the map does not preserve it). Resolves after `draw`.
 */
export function afterNextRender(map: MapLibreMap, draw: (canvas: HTMLCanvasElement) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        draw(map.getCanvas());
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * A copy of the map as it looks now, drawn at enough device pixels to cover `width`×`height` (the
 * pixel ratio is raised for the capture, within the canvas limit, then restored), so a 4K export of a
 * smaller window is sharp rather than scaled up.
 */
export async function captureMap(map: MapLibreMap, width: number, height: number): Promise<HTMLCanvasElement> {
  const container = map.getContainer();
  const cssWidth = Math.max(1, container.clientWidth);
  const cssHeight = Math.max(1, container.clientHeight);
  const before = map.getPixelRatio();
  const limit = 8192;
  const wanted = Math.min(Math.max(width / cssWidth, height / cssHeight), limit / cssWidth, limit / cssHeight);
  const change = Math.abs(wanted - before) > 0.01;
  if (change) map.setPixelRatio(wanted);
  try {
    await idle(map);
    const copy = document.createElement('canvas');
    await afterNextRender(map, (canvas) => {
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d')?.drawImage(canvas, 0, 0);
    });
    return copy;
  } finally {
    if (change) map.setPixelRatio(before);
  }
}
