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

/**
 * The counter sentence for the year window of a state, e.g. "By 1990: 312 ties with 58 countries" /
 * "截至1990年：312 对友好城市，58 个国家", or "1979–1985: 40 ties with 12 countries" in range mode.
 */
export function formatCounter(
  state: Pick<AtlasState, 'mode' | 'yearFrom' | 'yearTo' | 'includeUnknown'>,
  count: WindowCount,
  lang: Lang,
): CounterText {
  const params: Record<string, string> = {
    year: String(state.yearTo),
    from: String(state.yearFrom),
    to: String(state.yearTo),
    ties: formatCount(count.ties, lang),
    countries: formatCount(count.countries, lang),
    tiesWord: plural(count.ties, 'Counter.TieOne', 'Counter.TieOther', lang),
    countriesWord: plural(count.countries, 'Counter.CountryOne', 'Counter.CountryOther', lang),
  };
  let key: MessageKey = 'Counter.Cumulative';
  if (state.mode === 'range') key = state.yearFrom === state.yearTo ? 'Counter.RangeOne' : 'Counter.Range';
  const parts = fillParts(t(key, {}, lang), params, new Set(['year', 'from', 'to', 'ties', 'countries']));

  let note: string | null = null;
  if (count.unknownTotal > 0) {
    const unknown = { count: formatCount(count.unknownTotal, lang) };
    note = state.includeUnknown
      ? t(count.unknownTotal === 1 ? 'Counter.UnknownIncludedOne' : 'Counter.UnknownIncludedOther', unknown, lang)
      : t(count.unknownTotal === 1 ? 'Counter.UnknownExcludedOne' : 'Counter.UnknownExcludedOther', unknown, lang);
  }
  return { text: parts.map((part) => part.text).join(''), parts, note };
}
