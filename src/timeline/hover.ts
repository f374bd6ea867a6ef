import { pointer } from 'd3-selection';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import type { TimelineBins } from './bins';
import { formatCount } from './counterText';
import type { BarScales, Group } from './histogram';
import type { ChartLayout } from './layout';

/** The year under the pointer: a faint column and its count above the plot. */
export interface HoverReadout {
  /** Points the readout at a new chart (after a redraw). */
  configure(bins: TimelineBins, scales: BarScales, layout: ChartLayout, lang: Lang): void;
  /** Shows the year under a pointer event, or hides the readout when it is off the axis. */
  track(event: PointerEvent): void;
  hide(): void;
}

/** Creates the readout inside `group` (translated to the plot's origin). */
export function createHoverReadout(group: Group): HoverReadout {
  let chart: { bins: TimelineBins; scales: BarScales; layout: ChartLayout; lang: Lang } | null = null;
  group.attr('pointer-events', 'none').style('display', 'none');
  const column = group.append('rect').attr('class', 'sca-tl-hover-column');
  const label = group.append('text').attr('class', 'sca-tl-hover-label sca-tl-halo').attr('text-anchor', 'middle');

  const hide = (): void => {
    group.style('display', 'none');
  };

  return {
    configure(bins, scales, layout, lang) {
      chart = { bins, scales, layout, lang };
      const band = scales.x(1) - scales.x(0);
      column
        .attr('width', band)
        .attr('x', -band / 2)
        .attr('y', 0)
        .attr('height', layout.plot.height);
      label.attr('y', -5);
      hide();
    },
    track(event) {
      const node = group.node()?.parentNode;
      if (!chart || !(node instanceof SVGGElement)) return;
      const { bins, scales, layout, lang } = chart;
      const [px, py] = pointer(event, node);
      const year = Math.round(scales.x.invert(px));
      const bin = bins.years[year - bins.extent.first];
      if (!bin || py < -layout.plot.top || py > layout.plot.height) {
        hide();
        return;
      }
      const x = scales.x(year);
      group.style('display', null).attr('transform', `translate(${x},0)`);
      label
        .attr('x', Math.min(layout.plot.width - x - 24, Math.max(24 - x, 0)))
        .text(t('Timeline.HoverYear', { year, count: formatCount(bin.total, lang) }, lang));
    },
    hide,
  };
}
