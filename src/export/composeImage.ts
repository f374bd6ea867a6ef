import { coverRect } from './coverRect';
import { canvasFont, DARK_EXPORT_THEME, drawOverlay, type ExportTheme } from './drawOverlay';
import { layoutOverlay, type OverlayContent } from './overlayLayout';

/** A drawable map: the map's canvas (drawn this frame, see `composeFrame`) or any image. */
export type MapSource = CanvasImageSource & { width: number; height: number };

/** A 2D context's `measureText` as the layout's measure function. */
export function canvasMeasure(ctx: CanvasRenderingContext2D, family: string): (text: string, fontPx: number) => number {
  return (text, fontPx) => {
    ctx.font = canvasFont(fontPx, 700, family);
    return ctx.measureText(text).width;
  };
}

/**
 * Draws one frame onto `ctx` (sized `width`×`height`): the background, the map scaled to cover the
 * frame, then the overlays laid out for that size. A WebGL map canvas must be drawn in the same task
 * as its render (MapLibre's `render` event) unless the map keeps its drawing buffer.
 */
export function composeFrame(ctx: CanvasRenderingContext2D, map: MapSource | null, content: OverlayContent, theme: ExportTheme = DARK_EXPORT_THEME): void {
  const { width, height } = ctx.canvas;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  if (map && map.width > 0 && map.height > 0) {
    const crop = coverRect(map.width, map.height, width, height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(map, crop.sx, crop.sy, crop.sw, crop.sh, 0, 0, width, height);
  }
  drawOverlay(ctx, layoutOverlay(content, width, height, canvasMeasure(ctx, theme.font)), theme);
}

/** The standard export sizes besides the screen's own. */
export const EXPORT_SIZES = { hd: { width: 1920, height: 1080 }, uhd: { width: 3840, height: 2160 } } as const;

/**
 * Composes the map and its overlays into a new `width`×`height` canvas and encodes it as PNG.
 * Rejects with an Error when the size is not positive or the browser cannot encode.
 */
export async function composeImage(
  map: MapSource | null,
  content: OverlayContent,
  size: { width: number; height: number },
  theme: ExportTheme = DARK_EXPORT_THEME,
): Promise<Blob> {
  const width = Math.round(size.width);
  const height = Math.round(size.height);
  if (!(width > 0 && height > 0 && width <= 16384 && height <= 16384)) throw new Error(`invalid export size: ${size.width}×${size.height}`);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('invalid canvas: no 2D context');
  composeFrame(ctx, map, content, theme);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}
