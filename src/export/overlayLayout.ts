import { type MeasureText, wrapText } from './wrapText';

/** The overlays drawn over the map, as plain data the shell collects (already translated). */
export interface OverlayContent {
  title: string;
  /** The counter sentence ("By 1990: 312 ties with 58 countries"). */
  counter: string;
  /** A tour step's caption, or ''. */
  caption: string;
  legendTitle: string;
  legend: readonly { label: string; color: string }[];
  attribution: string;
}

/** A block of text lines, top-left (or top-right when right-aligned) at x, y. */
export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  fontPx: number;
  lineHeight: number;
  align: 'left' | 'right';
  weight: 400 | 700;
  role: 'text' | 'muted';
}

/** The legend panel: a rounded box, an optional title and one swatch and label per entry. */
export interface LegendLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  title: TextBlock | null;
  rows: { color: string; swatch: { x: number; y: number; size: number }; text: TextBlock }[];
}

/** Where everything goes in an image of a given size. */
export interface OverlayLayout {
  width: number;
  height: number;
  /** Pixels per design pixel: 1 at 1920×1080, 2 at 3840×2160. */
  unit: number;
  /** Height of the dark band behind the title and counter, from the top. */
  scrimHeight: number;
  /** Title, counter, caption (when any) and attribution, in drawing order. */
  texts: TextBlock[];
  legend: LegendLayout | null;
}

/** Type sizes at 1920×1080, in design pixels; scaled by `unit`. The counter stays ≥ 4 % of the height. */
export const DESIGN = { margin: 32, title: 30, counter: 46, caption: 30, legend: 22, attribution: 15, minPx: 10 } as const;

/**
 * Lays the overlays out for an image of `width`×`height`, all sizes scaled with the image (a 3840×2160
 * export is a 1920×1080 one at twice the size). Text wraps to the space it has; the legend sits
 * bottom left and the attribution bottom right.
 */
export function layoutOverlay(content: OverlayContent, width: number, height: number, measure: MeasureText): OverlayLayout {
  const unit = Math.min(width / 1920, height / 1080);
  const px = (design: number): number => Math.max(DESIGN.minPx, Math.round(design * unit));
  const margin = px(DESIGN.margin);
  const texts: TextBlock[] = [];
  let y = margin;
  const block = (text: string, fontPx: number, maxWidth: number, maxLines: number, weight: 400 | 700, role: TextBlock['role']): void => {
    if (!text.trim()) return;
    const lineHeight = Math.round(fontPx * 1.25);
    const lines = wrapText(text, maxWidth, fontPx, measure, maxLines);
    texts.push({ lines, x: margin, y, fontPx, lineHeight, align: 'left', weight, role });
    y += lines.length * lineHeight + Math.round(fontPx * 0.35);
  };
  block(content.title, px(DESIGN.title), width - 2 * margin, 2, 700, 'muted');
  block(content.counter, px(DESIGN.counter), Math.min(width - 2 * margin, Math.max(width * 0.75, width - 2 * margin - px(400))), 2, 700, 'text');
  block(content.caption, px(DESIGN.caption), Math.min(width - 2 * margin, px(1100)), 4, 400, 'text');
  const scrimHeight = y + margin;

  const legend = layoutLegend(content, width, height, margin, px(DESIGN.legend), measure);
  const attributionPx = px(DESIGN.attribution);
  const attributionLeft = legend ? legend.x + legend.width + margin : margin;
  const attributionWidth = Math.max(width - margin - attributionLeft, width * 0.25);
  const attributionLines = wrapText(content.attribution, attributionWidth, attributionPx, measure, 3);
  const attributionLineHeight = Math.round(attributionPx * 1.3);
  if (attributionLines.length > 0) {
    texts.push({
      lines: attributionLines,
      x: width - margin,
      y: height - margin - attributionLines.length * attributionLineHeight,
      fontPx: attributionPx,
      lineHeight: attributionLineHeight,
      align: 'right',
      weight: 400,
      role: 'muted',
    });
  }
  return { width, height, unit, scrimHeight, texts, legend };
}

function layoutLegend(content: OverlayContent, width: number, height: number, margin: number, fontPx: number, measure: MeasureText): LegendLayout | null {
  if (content.legend.length === 0) return null;
  const padding = Math.round(fontPx * 0.7);
  const rowHeight = Math.round(fontPx * 1.5);
  const swatch = Math.round(fontPx * 0.75);
  const gap = Math.round(fontPx * 0.5);
  const titleLines = content.legendTitle.trim() ? 1 : 0;
  const labelWidth = Math.max(...content.legend.map((entry) => measure(entry.label, fontPx)));
  const titleWidth = titleLines ? measure(content.legendTitle, fontPx) : 0;
  const boxWidth = Math.min(width * 0.45, Math.ceil(Math.max(titleWidth, swatch + gap + labelWidth) + 2 * padding));
  const boxHeight = (titleLines + content.legend.length) * rowHeight + 2 * padding;
  const x = margin;
  const top = height - margin - boxHeight;
  const textBlock = (text: string, tx: number, ty: number, role: TextBlock['role']): TextBlock => ({
    lines: [text],
    x: tx,
    y: ty,
    fontPx,
    lineHeight: rowHeight,
    align: 'left',
    weight: 400,
    role,
  });
  const rowsTop = top + padding + titleLines * rowHeight;
  return {
    x,
    y: top,
    width: boxWidth,
    height: boxHeight,
    radius: Math.round(fontPx * 0.4),
    title: titleLines ? textBlock(content.legendTitle, x + padding, top + padding, 'muted') : null,
    rows: content.legend.map((entry, i) => {
      const rowY = rowsTop + i * rowHeight;
      return {
        color: entry.color,
        swatch: { x: x + padding, y: rowY + Math.round((rowHeight - swatch) / 2), size: swatch },
        text: textBlock(entry.label, x + padding + swatch + gap, rowY, 'text'),
      };
    }),
  };
}
