import type { Lang } from '../state/state';
import { formatNumber, pluralize } from './format';
import { messages, type Message, type MessageKey } from './messages';

/** Parameters that are years, sizes or positions: numbers shown as they are, without grouping. */
const PLAIN_NUMBERS: ReadonlySet<string> = new Set(['year', 'from', 'to', 'first', 'last', 'width', 'height', 'row', 'step', 'steps']);

const known: Partial<Record<MessageKey, Message>> = { ...messages };

/** Adds the strings of a part of the app that loads on first use (the import dialog's). */
export function addMessages(more: Partial<Record<MessageKey, Message>>): void {
  Object.assign(known, more);
}

/**
 * Translates a message key into `lang`, filling `{name}` placeholders from `params`. Numbers are
 * written with the language's grouping (2,195), except years and sizes (see PLAIN_NUMBERS); a
 * message with plural forms picks its form from `params.count` through Intl.PluralRules. The
 * language always comes from the caller (renderers read it from the state they are given), so two
 * atlases in different languages can share a page. Throws on an unknown key (or one of strings not
 * added yet), so a typo fails the tests instead of showing a raw key.
 */
export function t(key: MessageKey, params: Record<string, string | number>, lang: Lang): string {
  const entry = known[key];
  if (!entry) throw new Error(`invalid message key: ${String(key)}`);
  const text: string | Parameters<typeof pluralize>[2] = entry[lang];
  const template = typeof text === 'string' ? text : pluralize(Number(params.count ?? 0), lang, text);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'number' && !PLAIN_NUMBERS.has(name) ? formatNumber(value, lang) : String(value);
  });
}
