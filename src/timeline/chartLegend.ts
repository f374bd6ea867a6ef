import type { OfficialTotal } from '../data/schema';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { h, replaceChildren } from '../ui/dom';
import type { TimelineBins } from './bins';
import { formatCount } from './counterText';
import { selectOfficialPoints } from './reference';

/** How the newest official national total compares with the dataset's dated ties at that date. */
export interface OfficialShare {
  date: string;
  pairs: number;
  /** Dated ties in the dataset founded by the end of that year. */
  held: number;
  /** `held` as a whole percentage of `pairs`. */
  share: number;
}

/** The comparison with the newest official national total, or null when there is none. */
export function selectOfficialShare(totals: readonly OfficialTotal[], bins: TimelineBins): OfficialShare | null {
  const newest = selectOfficialPoints(totals, bins).at(-1);
  if (!newest) return null;
  const index = Math.min(bins.years.length - 1, Math.max(0, Math.round(newest.at) - bins.extent.first));
  const held = bins.cumulative.ties[index] ?? 0;
  return { date: newest.total.asOf, pairs: newest.total.pairs, held, share: Math.round((held / newest.total.pairs) * 100) };
}

/** Fills the legend of the reference layer: the dataset's cumulative line and the official marks. */
export function renderChartLegend(el: HTMLElement, bins: TimelineBins, totals: readonly OfficialTotal[], lang: Lang): void {
  replaceChildren(
    el,
    bins.dated > 0 && h('span', { class: 'sca-tl-key' }, h('span', { class: 'sca-tl-key-line' }), t('Timeline.LegendDataset', {}, lang)),
    selectOfficialPoints(totals, bins).length > 0 &&
      h('span', { class: 'sca-tl-key' }, h('span', { class: 'sca-tl-key-diamond' }), t('Timeline.LegendOfficial', {}, lang)),
  );
}

/** The sentence comparing the dataset with the newest official total, or '' when there is none. */
export function officialShareText(bins: TimelineBins, totals: readonly OfficialTotal[], lang: Lang): string {
  const share = selectOfficialShare(totals, bins);
  if (!share) return '';
  return t(
    'Timeline.OfficialShare',
    {
      date: share.date,
      pairs: formatCount(share.pairs, lang),
      held: formatCount(share.held, lang),
      share: share.share,
    },
    lang,
  );
}
