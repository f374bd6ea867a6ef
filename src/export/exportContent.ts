import { REGIONS } from '../data/regions';
import { t } from '../i18n/t';
import { cityOf, selectCities } from '../state/cities';
import { resolveUnit } from '../state/resolveUnit';
import type { AtlasState } from '../state/state';
import { selectStateVisible } from '../state/visible';
import { regionColor } from '../theme/regionColors';
import { DARK_EXPORT_THEME, type ExportTheme } from './drawOverlay';
import type { ExportView } from './exportFileName';
import type { OverlayContent } from './overlayLayout';

/** The city a view is about: the home city, else the selected one; null for the whole atlas. */
function viewCity(state: AtlasState): { en: string; zh: string } | null {
  if (state.home) {
    const unit = resolveUnit(state.dataset, state.home);
    if (unit) return { en: unit.nameEn, zh: unit.nameZh };
  }
  const city = cityOf(selectCities(state.dataset), state.selected);
  return city ? { en: city.nameEn, zh: city.nameZh } : null;
}

/** What an export's file name describes (see `exportFileName`). */
export function exportViewOf(state: AtlasState): ExportView {
  return { cityEn: viewCity(state)?.en ?? null, yearFrom: state.yearFrom, yearTo: state.yearTo, mode: state.mode };
}

/**
 * The overlays of an exported image or video frame: the title (with the city shown), the counter as
 * the page shows it, the tour caption, the legend with the ties per partner region, and the attribution.
 */
export function exportContent(state: AtlasState, page: { counter: HTMLElement; map: HTMLElement }, caption: string): OverlayContent {
  const lang = state.lang;
  const city = viewCity(state);
  const title = t('App.Title', {}, lang);
  const visible = selectStateVisible(state);
  const numberLocale = lang === 'zh' ? 'zh-CN' : 'en';
  const legend = [...REGIONS, 'unknown' as const]
    .map((region) => ({ region, count: visible.byRegion.get(region) ?? 0 }))
    .filter(({ count }) => count > 0)
    .map(({ region, count }) => ({
      label: `${t(`Region.${region}`, {}, lang)}  ${count.toLocaleString(numberLocale)}`,
      color: regionColor(region === 'unknown' ? null : region),
    }));
  const counterParts = [...page.counter.children].map((el) => el.textContent?.trim() ?? '').filter(Boolean);
  const attribution = page.map.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() || 'Natural Earth · MapLibre';
  return {
    title: city ? `${title} · ${lang === 'zh' ? city.zh : city.en}` : title,
    counter: counterParts.join(' · '),
    caption,
    legendTitle: t('Export.Legend', {}, lang),
    legend,
    attribution,
  };
}

/** The export colours of the active theme, read from the app's CSS variables (the dark theme's when unset). */
export function exportTheme(app: HTMLElement): ExportTheme {
  const style = getComputedStyle(app);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--sca-bg', DARK_EXPORT_THEME.background),
    text: read('--sca-text', DARK_EXPORT_THEME.text),
    muted: read('--sca-muted', DARK_EXPORT_THEME.muted),
    panel: read('--sca-panel', DARK_EXPORT_THEME.panel),
    border: read('--sca-border', DARK_EXPORT_THEME.border),
    font: DARK_EXPORT_THEME.font,
  };
}
