import type { Lang } from '../state/state';
import { messages, type MessageKey } from './messages';

let current: Lang = 'en';

/** Sets the language `t()` uses. The app calls it from the store; tests call it directly. */
export function setLang(lang: Lang): void {
  current = lang;
}

/** The language `t()` currently uses. */
export function getLang(): Lang {
  return current;
}

/**
 * Translates a message key into the current language, filling `{name}` placeholders from `params`.
 * Throws on an unknown key, so a typo fails the tests instead of showing a raw key.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Lang = current): string {
  const entry = messages[key];
  if (!entry) throw new Error(`invalid message key: ${String(key)}`);
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
