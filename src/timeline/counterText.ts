import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/messages';
import type { AtlasState, Lang } from '../state/state';
import type { WindowCount } from './windowCount';

/** A piece of the counter sentence; numbers and years are `strong` so the counter can stress them. */
export interface CounterPart {
  text: string;
  strong: boolean;
}

/** The counter for one state: the sentence (whole and in parts) and a note on undated ties. */
export interface CounterText {
  text: string;
  parts: CounterPart[];
  /** Whether undated ties are counted in or left out, or null when the dataset has none. */
  note: string | null;
}

/** Formats a count with the language's digit grouping (3,054). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US').format(value);
}

/** Splits a message template at its `{name}` placeholders and fills them in. */
function fillParts(template: string, params: Record<string, string>, strong: ReadonlySet<string>): CounterPart[] {
  const parts: CounterPart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: template.slice(last, index), strong: false });
    parts.push({ text: params[name] ?? match[0], strong: strong.has(name) });
    last = index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last), strong: false });
  return parts;
}

function plural(count: number, one: MessageKey, other: MessageKey, lang: Lang): string {
  return t(count === 1 ? one : other, {}, lang);
}

/** What the counter is about beyond the year window. */
export interface CounterSubject {
  /** The selected city's name in the UI language, or null for the whole view. */
  city?: string | null;
  /** The last year of the axis: a city's cumulative window up to it reads "Wuxi: …" without "by year". */
  lastYear?: number;
}

function sentenceKey(state: Pick<AtlasState, 'mode' | 'yearFrom' | 'yearTo'>, undated: boolean, subject: CounterSubject): MessageKey {
  const one = state.yearFrom === state.yearTo;
  if (!subject.city) {
    if (state.mode === 'range') return one ? 'Counter.RangeOne' : 'Counter.Range';
    return undated ? 'Counter.Undated' : 'Counter.Cumulative';
  }
  if (state.mode === 'range') return one ? 'Counter.CityRangeOne' : 'Counter.CityRange';
  const whole = subject.lastYear !== undefined && state.yearTo >= subject.lastYear;
  if (whole) return undated ? 'Counter.CityUndated' : 'Counter.City';
  return undated ? 'Counter.CityCumulativeUndated' : 'Counter.CityCumulative';
}

/**
 * The counter sentence for the year window of a state, e.g. "By 1990: 312 ties with 58 countries" /
 * "截至1990年：312 对友好城市，58 个国家", or "1979–1985: 40 ties with 12 countries" in range mode (which
 * counts only ties founded in the range: never an undated one). In cumulative mode with undated ties
 * shown, those are counted apart: "By 1995: 372 dated ties · 1,173 undated shown in grey", the countries
 * in the note. With a selected city the sentence names it: "Wuxi: 24 ties with 14 countries".
 */
export function formatCounter(
  state: Pick<AtlasState, 'mode' | 'yearFrom' | 'yearTo' | 'includeUnknown'>,
  count: WindowCount,
  lang: Lang,
  subject: CounterSubject = {},
): CounterText {
  const undatedShown = state.mode === 'cumulative' && state.includeUnknown ? (count.undated ?? 0) : 0;
  const dated = count.ties - undatedShown;
  const params: Record<string, string> = {
    city: subject.city ?? '',
    year: String(state.mode === 'range' && state.yearFrom === state.yearTo ? state.yearFrom : state.yearTo),
    from: String(state.yearFrom),
    to: String(state.yearTo),
    ties: formatCount(count.ties, lang),
    dated: formatCount(dated, lang),
    undated: formatCount(undatedShown, lang),
    countries: formatCount(count.countries, lang),
    tiesWord: plural(count.ties, 'Counter.TieOne', 'Counter.TieOther', lang),
    datedWord: plural(dated, 'Counter.TieOne', 'Counter.TieOther', lang),
    countriesWord: plural(count.countries, 'Counter.CountryOne', 'Counter.CountryOther', lang),
  };
  const key = sentenceKey(state, undatedShown > 0, subject);
  const parts = fillParts(t(key, {}, lang), params, new Set(['year', 'from', 'to', 'ties', 'dated', 'undated', 'countries']));

  let note: string | null = null;
  if (undatedShown > 0) {
    note = t(count.countries === 1 ? 'Counter.PartnersInOne' : 'Counter.PartnersIn', { countries: formatCount(count.countries, lang) }, lang);
  } else if (count.unknownTotal > 0) {
    const unknown = { count: formatCount(count.unknownTotal, lang) };
    const included = state.mode === 'cumulative' && state.includeUnknown;
    note = included
      ? t(count.unknownTotal === 1 ? 'Counter.UnknownIncludedOne' : 'Counter.UnknownIncludedOther', unknown, lang)
      : t(count.unknownTotal === 1 ? 'Counter.UnknownExcludedOne' : 'Counter.UnknownExcludedOther', unknown, lang);
  }
  return { text: parts.map((part) => part.text).join(''), parts, note };
}
