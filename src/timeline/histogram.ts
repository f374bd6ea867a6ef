import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { regionColor } from '../theme/regionColors';
import { REGION_KEYS, type RegionKey, type TimelineBins, type YearBin } from './bins';
import type { YearRange } from './brushYears';
import { formatCount } from './counterText';
import { yearTickStep, type ChartLayout } from './layout';

/** A `<g>` selection, the unit every renderer here draws into. */
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** The x scale in continuous years (year y spans y − 0.5 … y + 0.5) and the bars' y scale. */
export interface BarScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

interface Segment {
  region: RegionKey;
  y0: number;
  y1: number;
}

/** Scales for a chart; the bar scale gets a round top with some headroom. */
export function createBarScales(bins: TimelineBins, layout: ChartLayout): BarScales {
  const { first, last } = bins.extent;
  const x = scaleLinear()
    .domain([first - 0.5, last + 0.5])
    .range([0, layout.plot.width]);
  const y = scaleLinear()
    .domain([0, Math.max(4, bins.maxPerYear * 1.1)])
    .range([layout.plot.height, 0])
    .nice(4);
  return { x, y };
}

function segments(bin: Pick<YearBin, 'byRegion'>): Segment[] {
  let y0 = 0;
  const out: Segment[] = [];
  for (const region of REGION_KEYS) {
    const count = bin.byRegion[region];
    if (count === 0) continue;
    out.push({ region, y0, y1: y0 + count });
    y0 += count;
  }
  return out;
}

/** Draws one stacked bar per year, coloured by partner region. */
export function renderBars(group: Group, bins: TimelineBins, scales: BarScales): void {
  const band = scales.x(1) - scales.x(0);
  const width = Math.max(1, band - (band > 6 ? 2 : band > 3 ? 1 : 0));
  const years = group
    .selectAll<SVGGElement, YearBin>('g.sca-tl-year')
    .data(bins.years, (d) => d.year)
    .join('g')
    .attr('class', 'sca-tl-year')
    .attr('data-year', (d) => d.year)
    .attr('transform', (d) => `translate(${scales.x(d.year) - width / 2},0)`);
  years
    .selectAll<SVGRectElement, Segment>('rect')
    .data(
      (d) => segments(d),
      (d) => d.region,
    )
    .join('rect')
    .attr('width', width)
    .attr('y', (d) => scales.y(d.y1))
    .attr('height', (d) => Math.max(0, scales.y(d.y0) - scales.y(d.y1)))
    .attr('fill', (d) => regionColor(d.region === 'unknown' ? null : d.region));
}

/** Dims the bars outside the window and marks the year that is growing during play. */
export function markBars(group: Group, window: YearRange | null, growYear: number | null): void {
  group
    .selectAll<SVGGElement, YearBin>('g.sca-tl-year')
    .classed('sca-tl-out', (d) => window === null || d.year < window.from || d.year > window.to)
    .classed('sca-tl-grow', (d) => d.year === growYear);
}

/** Draws the year axis under the plot and the per-year axis, with its grid, on the left. */
export function renderBarAxes(xAxis: Group, yAxis: Group, bins: TimelineBins, scales: BarScales, layout: ChartLayout, lang: Lang): void {
  const { first, last } = bins.extent;
  const step = yearTickStep(last - first + 1, layout.plot.width, 44 * layout.scale);
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  xAxis.attr('transform', `translate(0,${layout.plot.height})`).call(
    axisBottom(scales.x)
      .tickValues(ticks)
      .tickFormat((d) => String(d))
      .tickSizeOuter(0)
      .tickSize(4),
  );
  yAxis
    .call(
      axisLeft(scales.y)
        .ticks(Math.max(2, Math.floor(layout.plot.height / 36)))
        .tickFormat((d) => formatCount(Number(d), lang))
        .tickSize(-layout.plot.width),
    )
    .call((g) => g.select('.domain').remove());
  yAxis
    .selectAll('text.sca-tl-axis-title')
    .data([t('Timeline.AxisPerYear', {}, lang)])
    .join('text')
    .attr('class', 'sca-tl-axis-title')
    .attr('x', -layout.plot.left + 2)
    .attr('y', -7)
    .attr('text-anchor', 'start')
    .text((d) => d);
}

/** Draws the "year unknown" bar apart from the axis, capped with a break mark when it is taller than the plot. */
export function renderUnknownBar(group: Group, bins: TimelineBins, scales: BarScales, layout: ChartLayout, lang: Lang): void {
  const { width } = layout.unknown;
  const total = bins.unknown.total;
  const top = scales.y.domain()[1] ?? 1;
  const capped = total > top;
  const height = capped ? layout.plot.height : layout.plot.height - scales.y(total);
  const k = total > 0 ? height / total : 0;
  group.attr('transform', `translate(${layout.unknown.left - layout.plot.left},0)`);
  group
    .selectAll<SVGRectElement, Segment>('rect.sca-tl-unknown-seg')
    .data(segments(bins.unknown), (d) => d.region)
    .join('rect')
    .attr('class', 'sca-tl-unknown-seg')
    .attr('width', width)
    .attr('y', (d) => layout.plot.height - d.y1 * k)
    .attr('height', (d) => (d.y1 - d.y0) * k)
    .attr('fill', (d) => regionColor(d.region === 'unknown' ? null : d.region));
  group
    .selectAll('path.sca-tl-break')
    .data(capped ? [0] : [])
    .join('path')
    .attr('class', 'sca-tl-break')
    .attr(
      'd',
      `M-3,${layout.plot.height * 0.3 + 4}L${width + 3},${layout.plot.height * 0.3 - 2}M-3,${layout.plot.height * 0.3 + 9}L${width + 3},${layout.plot.height * 0.3 + 3}`,
    );
  group
    .selectAll('text.sca-tl-unknown-count')
    .data([formatCount(total, lang)])
    .join('text')
    .attr('class', 'sca-tl-unknown-count')
    .attr('x', width / 2)
    .attr('y', layout.plot.height - height - 4)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  group
    .selectAll('text.sca-tl-unknown-label')
    .data([t('Timeline.UnknownShort', {}, lang)])
    .join('text')
    .attr('class', 'sca-tl-unknown-label')
    .attr('x', width / 2)
    .attr('y', layout.plot.height + 15)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  const hit = group
    .selectAll<SVGRectElement, string>('rect.sca-tl-unknown-hit')
    .data([t('Timeline.UnknownToggle', { count: formatCount(total, lang) }, lang)])
    .join('rect')
    .attr('class', 'sca-tl-unknown-hit')
    .attr('x', -10)
    .attr('y', -layout.plot.top)
    .attr('width', width + 20)
    .attr('height', layout.height);
  hit
    .selectAll('title')
    .data((d) => [d])
    .join('title')
    .text((d) => d);
}
