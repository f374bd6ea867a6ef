import type { Lang } from '../state/state';
import { messages, type MessageKey } from './messages';

/**
 * Translates a message key into `lang`, filling `{name}` placeholders from `params`. The language
 * always comes from the caller (renderers read it from the state they are given), so two atlases in
 * different languages can share a page. Throws on an unknown key, so a typo fails the tests instead
 * of showing a raw key.
 */
export function t(key: MessageKey, params: Record<string, string | number>, lang: Lang): string {
  const entry = messages[key];
  if (!entry) throw new Error(`invalid message key: ${String(key)}`);
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
