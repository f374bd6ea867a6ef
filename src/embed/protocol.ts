import type { Lang, YearMode } from '../state/state';

/** The `source` tag of every message of the bridge, both ways. */
export const MESSAGE_SOURCE = 'sister-city-atlas';
/** The protocol version this atlas speaks. */
export const MESSAGE_VERSION = 1;

/** A command a host page may send: `{ source: 'sister-city-atlas', version: 1, type, ...fields }`. */
export type AtlasCommand =
  /** Shows the years `from`–`to` (`to` defaults to `from`), optionally switching the mode. */
  | { type: 'setYears'; from: number; to: number; mode?: YearMode }
  /** Selects a city by GB code, Chinese or English name (as `city=`), or clears the selection with null. */
  | { type: 'select'; city: string | null }
  /** Shows one unit's ties (as `home=`, with `sub` as `sub=`), or all ties with null. */
  | { type: 'setHome'; home: string | null; sub?: boolean }
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'play' }
  | { type: 'pause' };

/** Why a message was ignored. */
export type IgnoredReason =
  /** Not an object tagged `source: 'sister-city-atlas'` (other scripts' messages land here too). */
  | 'not-atlas-message'
  /** The sender's origin is not in the `origins=` allowlist. */
  | 'origin-not-allowed'
  | 'unsupported-version'
  | 'unknown-type'
  /** A field is missing or has a wrong type or value. */
  | 'invalid-fields';

/** What to do with a message: obey `command`, or ignore it for `reason`. */
export type CommandResult = { ok: true; command: AtlasCommand } | { ok: false; reason: IgnoredReason };

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const MAX_REFERENCE = 200;

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
}

/** A city reference field: a short non-blank string, or null; undefined when invalid. */
function reference(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= MAX_REFERENCE ? trimmed : undefined;
}

function readFields(data: Record<string, unknown>): AtlasCommand | IgnoredReason {
  switch (data.type) {
    case 'setYears': {
      const to = data.to === undefined ? data.from : data.to;
      if (!isYear(data.from) || !isYear(to) || to < data.from) return 'invalid-fields';
      if (data.mode === undefined) return { type: 'setYears', from: data.from, to };
      if (data.mode !== 'cumulative' && data.mode !== 'range') return 'invalid-fields';
      return { type: 'setYears', from: data.from, to, mode: data.mode };
    }
    case 'select': {
      const city = reference(data.city);
      return city === undefined ? 'invalid-fields' : { type: 'select', city };
    }
    case 'setHome': {
      const home = reference(data.home);
      if (home === undefined || (data.sub !== undefined && typeof data.sub !== 'boolean')) return 'invalid-fields';
      return data.sub === undefined ? { type: 'setHome', home } : { type: 'setHome', home, sub: data.sub };
    }
    case 'setLanguage':
      return data.lang === 'zh' || data.lang === 'en' ? { type: 'setLanguage', lang: data.lang } : 'invalid-fields';
    case 'play':
    case 'pause':
      return { type: data.type };
    default:
      return 'unknown-type';
  }
}

/**
 * Reads a `message` event's `origin` and `data` into a command, or the reason to ignore it. Only origins listed
 * in `allowed` (the parsed `origins=`, exact matches; empty by default, so nothing is obeyed) may command the
 * atlas. Never throws, whatever the message holds (a throwing getter counts as invalid fields).
 */
export function readCommand(origin: unknown, data: unknown, allowed: readonly string[]): CommandResult {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-atlas-message' };
    const message = data as Record<string, unknown>;
    if (message.source !== MESSAGE_SOURCE) return { ok: false, reason: 'not-atlas-message' };
    if (typeof origin !== 'string' || !allowed.includes(origin)) return { ok: false, reason: 'origin-not-allowed' };
    if (message.version !== MESSAGE_VERSION) return { ok: false, reason: 'unsupported-version' };
    const read = readFields(message);
    return typeof read === 'string' ? { ok: false, reason: read } : { ok: true, command: read };
  } catch {
    return { ok: false, reason: 'invalid-fields' };
  }
}

/** The view a host page is told about, in `ready` and by the JS API's `getState()`. */
export interface AtlasSnapshot {
  lang: Lang;
  years: { from: number; to: number };
  mode: YearMode;
  includeUnknown: boolean;
  /** The home unit's GB code (its Chinese name for codeless data), or null. */
  home: string | null;
  /** The selected city as a `city=` reference, or null. */
  city: string | null;
}

/** The selected city as the `select` event reports it. */
export interface SelectedCity {
  side: 'cn' | 'partner';
  /** A `city=` reference that selects it again. */
  reference: string;
  nameEn: string;
  nameZh: string;
  /** ISO 3166-1 alpha-2 of the city's country (`CN` for the Chinese side), '' when unknown. */
  iso2: string;
}

/** A message the atlas posts to its parent. */
export type AtlasEvent =
  | { source: typeof MESSAGE_SOURCE; version: typeof MESSAGE_VERSION; type: 'ready'; state: AtlasSnapshot }
  | { source: typeof MESSAGE_SOURCE; version: typeof MESSAGE_VERSION; type: 'select'; city: SelectedCity | null }
  | { source: typeof MESSAGE_SOURCE; version: typeof MESSAGE_VERSION; type: 'yearchange'; from: number; to: number; mode: YearMode };

const header = { source: MESSAGE_SOURCE, version: MESSAGE_VERSION } as const;

/** The `ready` message: posted once the data is shown, with the view. */
export function readyMessage(state: AtlasSnapshot): AtlasEvent {
  return { ...header, type: 'ready', state };
}

/** The `select` message: posted when the selection changes (null: cleared). */
export function selectMessage(city: SelectedCity | null): AtlasEvent {
  return { ...header, type: 'select', city };
}

/** The `yearchange` message: posted when the year window or mode changes (not on every play frame's progress). */
export function yearChangeMessage(from: number, to: number, mode: YearMode): AtlasEvent {
  return { ...header, type: 'yearchange', from, to, mode };
}

/**
 * Where the atlas posts its messages: each allowed origin (the browser delivers to the one that is the parent),
 * or `*` when none is listed — the messages carry only the public view, so any embedding page may hear them.
 */
export function targetOrigins(allowed: readonly string[]): string[] {
  return allowed.length > 0 ? [...allowed] : ['*'];
}
