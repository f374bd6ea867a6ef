import { app } from './app';
import { coverage } from './coverage';
import { explore } from './explore';
import { embed } from './embed';
import { flags } from './flags';
import { map } from './map';
import { present } from './present';
import { timeline } from './timeline';
import { ui } from './ui';
import { vocabulary } from './vocabulary';

import type { PluralForms } from '../format';
import type { chartMessages, filterMessages, tableMessages } from './exploreViews';
import type { importMessages } from './import';
import type { tourMessages } from './tour';

/**
 * One message in both UI languages: a text, or plural forms chosen by the `count` parameter through
 * Intl.PluralRules (`{ one: '{count} tie', other: '{count} ties' }`).
 */
export interface Message {
  en: string | PluralForms;
  zh: string | PluralForms;
}

/**
 * Every UI string the atlas needs from the start, by key. Each area of the app keeps its strings in its
 * own file here; the import dialog's (`Import.*`, ./import.ts) load with the dialog, those of the explore
 * drawer's filter panel, table and charts (./exploreViews.ts) with those views, and most of the tours'
 * (./tour.ts) with the presenter session, which add them with `addMessages`.
 */
export const messages = {
  ...app,
  ...coverage,
  ...explore,
  ...embed,
  ...flags,
  ...map,
  ...present,
  ...timeline,
  ...ui,
  ...vocabulary,
} satisfies Record<string, Message>;

/** A key of a UI string: of `messages`, or of the strings that load with the import dialog, the explore views or the presenter session. */
export type MessageKey =
  | keyof typeof messages
  | keyof typeof importMessages
  | keyof typeof filterMessages
  | keyof typeof tableMessages
  | keyof typeof chartMessages
  | keyof typeof tourMessages;
