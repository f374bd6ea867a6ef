import type { EmbedTranslate } from '../../../src/embed/homeCard';
import { embed } from '../../../src/i18n/messages/embed';
import type { Lang } from '../../../src/state/state';

/** Translates embed messages the way `t()` does (placeholders filled), without the app's message index. */
export function embedTranslate(lang: Lang): EmbedTranslate {
  return (key, params = {}) => embed[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
