import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/messages';
import type { SearchResult } from '../../state/search';
import type { Lang } from '../../state/state';

/** How many results the search box lists (and the test hook's `search()` returns). */
export const SEARCH_LIMIT = 8;

/** A result's name in the UI language, and in the other language when it differs. */
export function resultNames(result: SearchResult, lang: Lang): { name: string; alt: string } {
  const name = (lang === 'zh' ? result.nameZh || result.nameEn : result.nameEn || result.nameZh) || result.key;
  const other = lang === 'zh' ? result.nameEn : result.nameZh;
  return { name, alt: other && other !== name ? other : '' };
}

/**
 * The line under a result that tells places apart: level and province for a Chinese unit (the parent
 * city too for a county or district: "district · Nanjing, Jiangsu"), level and country for a partner,
 * and for a country what choosing it does; each with its number of ties.
 */
export function resultDetail(result: SearchResult, lang: Lang): string {
  const zh = lang === 'zh';
  const ties = t(result.ties === 1 ? 'Search.TiesOne' : 'Search.Ties', { count: formatNumber(result.ties, lang) }, lang);
  if (result.kind === 'country') return `${t('Search.Country', {}, lang)} · ${ties}`;
  const level = result.level ? t(`Level.${result.level}` as MessageKey, {}, lang) : '';
  const places =
    result.kind === 'cn'
      ? [
          zh ? result.parentZh || result.parentEn : result.parentEn || result.parentZh,
          zh ? result.provinceZh || result.provinceEn : result.provinceEn || result.provinceZh,
        ]
      : [zh ? result.countryZh || result.countryEn : result.countryEn || result.countryZh];
  // Chinese writes the larger place first (江苏省南京市), English the smaller (Nanjing, Jiangsu).
  const distinct = [...new Set(places.filter((p) => p !== ''))];
  const place = zh ? distinct.reverse().join('') : distinct.join(', ');
  const where = place ? t('Search.In', { level, place }, lang) : level;
  return `${where} · ${ties}`;
}
