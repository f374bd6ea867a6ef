import { app } from './app';
import { embed } from './embed';
import { flags } from './flags';
import { importMessages } from './import';
import { map } from './map';
import { timeline } from './timeline';
import { ui } from './ui';
import { vocabulary } from './vocabulary';

/** One message in both UI languages. */
export interface Message {
  en: string;
  zh: string;
}

/** Every UI string, by key. Each area of the app keeps its strings in its own file here. */
export const messages = {
  ...app,
  ...embed,
  ...flags,
  ...importMessages,
  ...map,
  ...timeline,
  ...ui,
  ...vocabulary,
} satisfies Record<string, Message>;

/** A key of `messages`. */
export type MessageKey = keyof typeof messages;
