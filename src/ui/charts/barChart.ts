import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { ChartBar, ChartSeries } from '../../state/charts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const BAR_HEIGHT = 20;
const GAP = 4;
/** Share of the width for the names; the rest holds the bar and its count. */
const LABEL_SHARE = 0.38;
const COUNT_ROOM = 46;

/** How one bar chart is drawn. */
export interface BarChartOptions {
  /** Chart width in pixels. */
  width: number;
  /** A bar's name in the UI language. */
  name(bar: ChartBar): string;
  /** A bar's count as shown (digit grouping of the UI language). */
  format(count: number): string;
  /** Its accessible label ("Japan: 263"). */
  label(bar: ChartBar): string;
  /** Bars whose filter is on (drawn highlighted). */
  active(bar: ChartBar): boolean;
  /** A click or Enter/Space on a bar. */
  onPick(bar: ChartBar): void;
}

/**
 * Draws a horizontal bar chart of `series` into `svg` with d3 (a data join keyed by code, so a redraw
 * updates the bars in place): name, bar and count per row, most ties first. Each bar is a button.
 */
export function renderBarChart(svg: SVGSVGElement, series: ChartSeries, options: BarChartOptions): void {
  const width = Math.max(160, options.width);
  const labelWidth = Math.round(width * LABEL_SHARE);
  const max = Math.max(1, ...series.bars.map((b) => b.count));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(10, width - labelWidth - COUNT_ROOM)]);
  const height = series.bars.length * (BAR_HEIGHT + GAP);
  const root = select(svg).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  const rows = root
    .selectAll<SVGGElement, ChartBar>('g.sca-chart-bar')
    .data(series.bars, (d) => d.code)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'sca-chart-bar').attr('role', 'button').attr('tabindex', 0);
      g.append('title');
      g.append('rect').attr('class', 'sca-chart-hit');
      g.append('text').attr('class', 'sca-chart-name');
      g.append('rect').attr('class', 'sca-chart-fill');
      g.append('text').attr('class', 'sca-chart-count');
      return g;
    });
  rows
    .attr('transform', (_, i) => `translate(0,${i * (BAR_HEIGHT + GAP)})`)
    .attr('aria-label', (d) => options.label(d))
    .attr('aria-pressed', (d) => String(options.active(d)))
    .attr('data-code', (d) => d.code)
    .classed('sca-chart-active', (d) => options.active(d))
    .on('click', (_, d) => options.onPick(d))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      options.onPick(d);
    });
  rows.select('title').text((d) => options.label(d));
  rows.select('.sca-chart-hit').attr('width', width).attr('height', BAR_HEIGHT);
  rows
    .select('.sca-chart-name')
    .attr('x', labelWidth - 6)
    .attr('y', BAR_HEIGHT / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => clip(options.name(d), labelWidth));
  rows
    .select('.sca-chart-fill')
    .attr('x', labelWidth)
    .attr('y', 2)
    .attr('height', BAR_HEIGHT - 4)
    .attr('width', (d) => Math.max(1, x(d.count)));
  rows
    .select('.sca-chart-count')
    .attr('x', (d) => labelWidth + Math.max(1, x(d.count)) + 5)
    .attr('y', BAR_HEIGHT / 2)
    .attr('dy', '0.35em')
    .text((d) => options.format(d.count));
}

/** A name shortened to roughly fit `width` pixels (full name in the bar's title). */
function clip(name: string, width: number): string {
  // Han characters are about twice as wide as Latin letters at the same size.
  const units = [...name].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const room = Math.floor((width - 8) / 6.5);
  if (units <= room) return name;
  let out = '';
  let used = 0;
  for (const ch of name) {
    const w = ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
    if (used + w > room - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** A new, empty SVG element for a chart. */
export function createChartSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'sca-chart-svg');
  return svg;
}
