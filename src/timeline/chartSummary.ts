import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import type { TimelineBins } from './bins';

/**
 * The text alternative of the timeline chart: its years, the dated ties it draws and its busiest year,
 * then the undated ones, e.g. "Bar chart of the ties founded each year, 1973–2026, stacked by partner
 * region: 3,054 dated ties, the most in 1994 (156). 12 more ties have an unknown year."
 */
export function formatChartSummary(bins: TimelineBins, lang: Lang): string {
  const unknown = bins.unknown.total;
  if (bins.total === 0) return t('Timeline.ChartEmpty', {}, lang);
  if (!bins.extent.hasDated) return t('Timeline.ChartNoDated', { count: bins.total }, lang);
  let peak = bins.years[0]!;
  for (const bin of bins.years) if (bin.total > peak.total) peak = bin;
  const chart = t(
    'Timeline.ChartSummary',
    { first: bins.extent.first, last: bins.extent.last, count: bins.dated, peak: String(peak.year), peakCount: peak.total },
    lang,
  );
  return unknown > 0 ? `${chart}${lang === 'en' ? ' ' : ''}${t('Timeline.ChartUnknown', { count: unknown }, lang)}` : chart;
}
