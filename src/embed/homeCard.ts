import { stripCnSuffix } from '../data/import/nameKey';
import type { OfficialTotal } from '../data/schema';
import type { embed } from '../i18n/messages/embed';
import type { HomeFigures } from '../state/home';
import type { Lang } from '../state/state';

/** A key of the embed messages. */
export type EmbedMessageKey = keyof typeof embed;

/** Translates an embed message into the card's language: the app passes `(key, params) => t(key, params, lang)`. */
export type EmbedTranslate = (key: EmbedMessageKey, params?: Record<string, string | number>) => string;

/** The home card's text, piece by piece, so the UI can set each in its own element (with textContent). */
export interface HomeCard {
  /** "无锡 Wuxi": the Chinese name without its suffix, then the English name. */
  title: string;
  /** "43 ties with 20 countries since 1981". */
  ties: string;
  /** "first: Akashi, Japan", or null when no tie is dated. */
  first: string | null;
  /** "official: 48 in 28 countries, 2016", or null without an official total. */
  official: string | null;
  /** Source page of the official total, '' when it has none. */
  officialUrl: string;
  /** Every piece joined with " · ". */
  text: string;
}

/** The short Chinese name of a unit: 无锡市 -> 无锡, 江苏省 -> 江苏; a two-character name keeps its suffix. */
function shortZh(nameZh: string): string {
  const key = stripCnSuffix(nameZh).key;
  return key === '' ? nameZh : key;
}

/**
 * The home card of a unit in one language, e.g. "无锡 Wuxi · 43 ties with 20 countries since 1981 · first:
 * Akashi, Japan · official: 48 in 28 countries, 2016". `official` is the unit's newest official total, if any.
 */
export function formatHomeCard(
  figures: HomeFigures,
  official: Pick<OfficialTotal, 'pairs' | 'countries' | 'asOf' | 'url'> | null,
  lang: Lang,
  translate: EmbedTranslate,
): HomeCard {
  const { unit } = figures;
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  const countriesWord = (n: number) => translate(n === 1 ? 'Home.CountryOne' : 'Home.CountryOther');
  const title = translate('Home.Title', { zh: shortZh(unit.nameZh), en: unit.nameEn });
  const counts = {
    ties: number.format(figures.ties),
    tiesWord: translate(figures.ties === 1 ? 'Home.TieOne' : 'Home.TieOther'),
    countries: number.format(figures.countries),
    countriesWord: countriesWord(figures.countries),
  };
  const ties = figures.firstYear === null ? translate('Home.Ties', counts) : translate('Home.TiesSince', { ...counts, year: figures.firstYear });
  const first =
    figures.first &&
    translate('Home.First', {
      partner: lang === 'zh' ? figures.first.nameZh : figures.first.nameEn,
      country: lang === 'zh' ? figures.first.countryZh : figures.first.countryEn,
    });
  let officialText: string | null = null;
  if (official && official.pairs !== null) {
    const year = official.asOf.slice(0, 4);
    officialText =
      official.countries === null
        ? translate('Home.OfficialPairs', { pairs: number.format(official.pairs), year })
        : translate('Home.Official', {
            pairs: number.format(official.pairs),
            countries: number.format(official.countries),
            countriesWord: countriesWord(official.countries),
            year,
          });
  }
  const pieces = [title, ties, first, officialText].filter((piece): piece is string => piece !== null);
  return {
    title,
    ties,
    first,
    official: officialText,
    officialUrl: officialText === null ? '' : (official?.url ?? ''),
    text: pieces.join(' · '),
  };
}
