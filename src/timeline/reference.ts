import { axisRight } from 'd3-axis';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { OfficialTotal } from '../data/schema';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import type { TimelineBins } from './bins';
import { formatCount } from './counterText';
import type { BarScales, Group } from './histogram';
import type { ChartLayout } from './layout';

/** An official national total placed on the chart's continuous year scale. */
export interface OfficialPoint {
  total: OfficialTotal & { pairs: number };
  /** Position in continuous years: a year-only date sits mid-year, a dated one where it falls. */
  at: number;
}

/** The official national totals (scope China) with a pair count, inside the axis years, by date. */
export function selectOfficialPoints(totals: readonly OfficialTotal[], bins: TimelineBins): OfficialPoint[] {
  const { first, last } = bins.extent;
  return totals
    .filter(
      (total): total is OfficialTotal & { pairs: number } =>
        total.scope === 'China' && typeof total.pairs === 'number' && total.pairs > 0 && Number.isFinite(total.asOfYear),
    )
    .map((total) => ({ total, at: /^\d{4}$/.test(total.asOf) ? total.asOfYear : total.asOfYear - 0.5 }))
    .filter((point) => point.at >= first - 0.5 && point.at <= last + 0.5)
    .sort((a, b) => a.at - b.at);
}

/** The cumulative scale: room for the dataset's total and the largest official total. */
export function createCumulativeScale(bins: TimelineBins, points: readonly OfficialPoint[], layout: ChartLayout): ScaleLinear<number, number> {
  const top = Math.max(10, bins.dated, ...points.map((point) => point.total.pairs));
  return scaleLinear()
    .domain([0, top * 1.04])
    .range([layout.plot.height, 0])
    .nice(3);
}

/** SVG path of the dataset's cumulative count as steps: flat across each year at the count by its end. */
export function cumulativePath(bins: TimelineBins, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const parts: string[] = [];
  bins.years.forEach((bin, index) => {
    const value = y(bins.cumulative.ties[index] ?? 0);
    const x0 = x(bin.year - 0.5);
    parts.push(index === 0 ? `M${x0},${value}` : `V${value}`, `H${x(bin.year + 0.5)}`);
  });
  return parts.join('');
}

/**
 * Draws the reference layer: the dataset's cumulative count as a line, the official national totals
 * as labelled marks, and their shared axis on the right of the plot.
 */
export function renderReference(
  group: Group,
  axis: Group,
  bins: TimelineBins,
  totals: readonly OfficialTotal[],
  scales: BarScales,
  layout: ChartLayout,
  lang: Lang,
  /** Whether the newest official mark gets its name as well as its number. */
  longLabels: boolean,
): void {
  const points = selectOfficialPoints(totals, bins);
  const y = createCumulativeScale(bins, points, layout);
  const { x } = scales;
  axis
    .attr('transform', `translate(${layout.plot.width},0)`)
    .call(
      axisRight(y)
        .ticks(3)
        .tickFormat((d) => formatCount(Number(d), lang))
        .tickSize(4)
        .tickSizeOuter(0),
    )
    .call((g) => g.select('.domain').remove());
  axis
    .selectAll('text.sca-tl-axis-title')
    .data([t('Timeline.AxisCumulative', {}, lang)])
    .join('text')
    .attr('class', 'sca-tl-axis-title')
    .attr('x', 6)
    .attr('y', -7)
    .text((d) => d);

  group
    .selectAll('path.sca-tl-cum')
    .data(bins.dated > 0 ? [cumulativePath(bins, x, y)] : [])
    .join('path')
    .attr('class', 'sca-tl-cum')
    .attr('d', (d) => d);
  const lastYear = bins.years.at(-1);
  group
    .selectAll('text.sca-tl-cum-label')
    .data(bins.dated > 0 && lastYear ? [bins.dated] : [])
    .join('text')
    .attr('class', 'sca-tl-cum-label sca-tl-halo')
    .attr('x', x((lastYear?.year ?? 0) + 0.5) - 2)
    .attr('y', (d) => y(d) - 5)
    .attr('text-anchor', 'end')
    .text((d) => formatCount(d, lang));

  const marks = group
    .selectAll<SVGGElement, OfficialPoint>('g.sca-tl-official')
    .data(points, (d) => d.total.asOf)
    .join('g')
    .attr('class', 'sca-tl-official')
    .attr('transform', (d) => `translate(${x(d.at)},${y(d.total.pairs)})`);
  marks.selectAll('path').data([0]).join('path').attr('d', 'M0,-5L5,0L0,5L-5,0Z');
  marks
    .selectAll('title')
    .data((d) => [t('Timeline.OfficialPoint', { date: d.total.asOf, pairs: formatCount(d.total.pairs, lang) }, lang)])
    .join('title')
    .text((d) => d);
  const newest = points.at(-1);
  group
    .selectAll('text.sca-tl-official-label')
    .data(newest ? [newest] : [])
    .join('text')
    .attr('class', 'sca-tl-official-label sca-tl-halo')
    .attr('x', (d) => x(d.at) - 8)
    .attr('y', (d) => y(d.total.pairs) + 4)
    .attr('text-anchor', 'end')
    .text((d) => {
      const count = formatCount(d.total.pairs, lang);
      return longLabels ? `${t('Timeline.LegendOfficial', {}, lang)} ${count}` : count;
    });
}
