import { app } from './app';

/** One message in both UI languages. */
export interface Message {
  en: string;
  zh: string;
}

/** Every UI string, by key. Each area of the app keeps its strings in its own file here. */
export const messages = {
  ...app,
} satisfies Record<string, Message>;

/** A key of `messages`. */
export type MessageKey = keyof typeof messages;
