import { t } from '../i18n/t';
import type { City } from '../state/cities';
import type { Lang } from '../state/state';
import { h, replaceChildren } from './dom';
import { cityName, countryName, otherName } from './names';

/** Shows a city's names, country and tie count next to the pointer. */
export function showTooltip(el: HTMLElement, city: City, shown: number, lang: Lang, point: { x: number; y: number }): void {
  const total = city.pairings.length;
  const place =
    city.side === 'cn' ? [lang === 'zh' ? city.regionZh : city.regionEn, countryName(city, lang)].filter(Boolean).join(', ') : countryName(city, lang);
  replaceChildren(
    el,
    h('div', { class: 'sca-tooltip-name' }, cityName(city, lang), ' ', h('span', { class: 'sca-tooltip-alt' }, otherName(city, lang))),
    h('div', { class: 'sca-tooltip-place' }, place),
    h('div', { class: 'sca-tooltip-count' }, shown === total ? t('Tooltip.Ties', { count: total }, lang) : t('Tooltip.TiesOf', { shown, count: total }, lang)),
  );
  el.hidden = false;
  const parent = el.offsetParent as HTMLElement | null;
  const maxX = (parent?.clientWidth ?? window.innerWidth) - el.offsetWidth - 8;
  const maxY = (parent?.clientHeight ?? window.innerHeight) - el.offsetHeight - 8;
  el.style.left = `${Math.max(8, Math.min(point.x + 14, maxX))}px`;
  el.style.top = `${Math.max(8, Math.min(point.y + 14, maxY))}px`;
}

/** Hides the tooltip. */
export function hideTooltip(el: HTMLElement): void {
  el.hidden = true;
}
