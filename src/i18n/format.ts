/**
 * Numbers, plurals and claim dates in the reader's language, through Intl only. Pure: no DOM.
 * Dates are read from their text and never pass through a local-time Date, so no time zone can move them.
 */

/** A UI language. */
export type FormatLang = 'en' | 'zh';

const LOCALES: Record<FormatLang, string> = { en: 'en', zh: 'zh-CN' };
const numberFormats = new Map<FormatLang, Intl.NumberFormat>();
const pluralRules = new Map<FormatLang, Intl.PluralRules>();

/** The BCP 47 locale of a UI language: 'zh' → 'zh-CN', 'en' → 'en'. */
export function localeOf(lang: FormatLang): string {
  return LOCALES[lang];
}

/** A number with the language's grouping and decimal marks: formatNumber(2195, 'en') → '2,195'. */
export function formatNumber(n: number, lang: FormatLang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/** The forms of a counted word; `other` is required, the rest fall back to it. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** The form of a counted word that Intl.PluralRules picks for n: pluralize(1, 'en', {one: 'tie', other: 'ties'}) → 'tie'. */
export function pluralize(n: number, lang: FormatLang, forms: PluralForms): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}

/**
 * A count with its word, `{n}` in the chosen form replaced by the formatted number:
 * formatCount(1, 'en', {one: '{n} tie', other: '{n} ties'}) → '1 tie'; formatCount(2195, 'zh', {other: '{n} 对'}) → '2,195 对'.
 */
export function formatCount(n: number, lang: FormatLang, forms: PluralForms): string {
  return pluralize(n, lang, forms).replaceAll('{n}', formatNumber(n, lang));
}

const CLAIM_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A claim date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in the reader's language: '1979-05-12' →
 * '1979年5月12日' / '12 May 1979'; '1979-05' → '1979年5月' / 'May 1979'; '1979' → '1979年' / '1979'.
 * Text that is not such a date (or names an impossible month or day) is returned unchanged.
 */
export function formatClaimDate(date: string, lang: FormatLang): string {
  const match = CLAIM_DATE.exec(date.trim());
  if (!match) return date;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return date;
  if (day !== null && month !== null) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) return date;
  }
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== null) options.month = 'long';
  if (day !== null) options.day = 'numeric';
  const utc = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  utc.setUTCFullYear(year);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', options).format(utc);
}
