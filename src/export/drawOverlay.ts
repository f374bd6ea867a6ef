import type { OverlayLayout, TextBlock } from './overlayLayout';

/** Colours of an exported image, as CSS colours (the shell reads them from the active theme). */
export interface ExportTheme {
  /** Behind the map where it does not reach, and the band behind the headline. */
  background: string;
  text: string;
  muted: string;
  panel: string;
  border: string;
  /** Font family list, as in CSS. */
  font: string;
}

/** The atlas's dark theme (src/ui/styles.css). */
export const DARK_EXPORT_THEME: ExportTheme = {
  background: '#0b1426',
  text: '#e8eefc',
  muted: '#93a3c4',
  panel: 'rgba(14, 24, 44, 0.92)',
  border: 'rgba(150, 180, 230, 0.18)',
  font: "'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
};

/** The canvas font shorthand for a size and weight. */
export function canvasFont(fontPx: number, weight: 400 | 700, family: string): string {
  return `${weight} ${fontPx}px ${family}`;
}

function drawText(ctx: CanvasRenderingContext2D, block: TextBlock, theme: ExportTheme): void {
  ctx.font = canvasFont(block.fontPx, block.weight, theme.font);
  ctx.fillStyle = block.role === 'muted' ? theme.muted : theme.text;
  ctx.textAlign = block.align;
  ctx.textBaseline = 'middle';
  block.lines.forEach((line, i) => {
    ctx.fillText(line, block.x, block.y + (i + 0.5) * block.lineHeight);
  });
}

/**
 * Draws laid-out overlays onto a canvas that already holds the map: a band that fades from the
 * background behind the headline, the title, counter and caption, the legend panel and the
 * attribution. Text is drawn with `fillText`, never parsed as markup.
 */
export function drawOverlay(ctx: CanvasRenderingContext2D, layout: OverlayLayout, theme: ExportTheme): void {
  ctx.save();
  const scrim = ctx.createLinearGradient(0, 0, 0, layout.scrimHeight);
  scrim.addColorStop(0, theme.background);
  scrim.addColorStop(1, 'rgba(0, 0, 0, 0)');
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = scrim;
  ctx.fillRect(0, 0, layout.width, layout.scrimHeight);
  ctx.globalAlpha = 1;
  ctx.shadowColor = 'rgba(0, 0, 0, 0.6)';
  ctx.shadowBlur = Math.round(8 * layout.unit);
  for (const block of layout.texts) drawText(ctx, block, theme);
  ctx.shadowBlur = 0;
  const legend = layout.legend;
  if (legend) {
    ctx.beginPath();
    ctx.roundRect(legend.x, legend.y, legend.width, legend.height, legend.radius);
    ctx.fillStyle = theme.panel;
    ctx.fill();
    ctx.lineWidth = Math.max(1, layout.unit);
    ctx.strokeStyle = theme.border;
    ctx.stroke();
    if (legend.title) drawText(ctx, legend.title, theme);
    for (const row of legend.rows) {
      ctx.fillStyle = row.color;
      ctx.fillRect(row.swatch.x, row.swatch.y, row.swatch.size, row.swatch.size);
      drawText(ctx, row.text, theme);
    }
  }
  ctx.restore();
}
