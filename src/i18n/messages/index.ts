import { app } from './app';
import { coverage } from './coverage';
import { explore } from './explore';
import { embed } from './embed';
import { flags } from './flags';
import { importMessages } from './import';
import { map } from './map';
import { present } from './present';
import { timeline } from './timeline';
import { ui } from './ui';
import { vocabulary } from './vocabulary';

import type { PluralForms } from '../format';

/**
 * One message in both UI languages: a text, or plural forms chosen by the `count` parameter through
 * Intl.PluralRules (`{ one: '{count} tie', other: '{count} ties' }`).
 */
export interface Message {
  en: string | PluralForms;
  zh: string | PluralForms;
}

/** Every UI string, by key. Each area of the app keeps its strings in its own file here. */
export const messages = {
  ...app,
  ...coverage,
  ...explore,
  ...embed,
  ...flags,
  ...importMessages,
  ...map,
  ...present,
  ...timeline,
  ...ui,
  ...vocabulary,
} satisfies Record<string, Message>;

/** A key of `messages`. */
export type MessageKey = keyof typeof messages;
