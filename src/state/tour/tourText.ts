import { tourMessages } from '../../i18n/messages/tour';
import { vocabulary } from '../../i18n/messages/vocabulary';
import type { Region } from '../../data/schema';
import type { Lang } from '../state';
import type { LocalText } from './tour';

/** A tour message key. */
export type TourKey = keyof typeof tourMessages;

/** Joins names as a list in the language ("Japan and France" / "日本和法国"). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'long', type: 'conjunction' }).format(items);
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A tour message in both languages; `params` gets the language so numbers and names follow it. */
export function tourText(key: TourKey, params: (lang: Lang) => Record<string, string | number> = () => ({})): LocalText {
  return { en: fill(tourMessages[key].en, params('en')), zh: fill(tourMessages[key].zh, params('zh')) };
}

/** A region's name in a language. */
export function regionName(region: Region, lang: Lang): string {
  return vocabulary[`Region.${region}`][lang];
}

/** Sentences joined as one caption: a space between English sentences, none between Chinese ones. */
export function joinSentences(parts: readonly LocalText[]): LocalText {
  return { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join('') };
}

/** The English or Chinese word for `count` ties or countries, singular or plural. */
export function countWord(count: number, noun: 'tie' | 'country', lang: Lang): string {
  const one = count === 1;
  const key: TourKey = noun === 'tie' ? (one ? 'Tour.TieOne' : 'Tour.TieOther') : one ? 'Tour.CountryOne' : 'Tour.CountryOther';
  return tourMessages[key][lang];
}
