/** Where the key press happened: a text field keeps its keys; anything else is the presenter's. */
export type KeyTargetKind = 'text' | 'other';

/** What the shell is doing: presenter mode on the timeline, a tour, or the ordinary app. */
export type PresenterMode = 'presenting' | 'tour' | 'timeline';

/** What a key does in presenter mode (`present` enters it from the ordinary app). */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'blackout' | 'fullscreen' | 'exit' | 'present' | 'none';

/** The parts of a KeyboardEvent the mapping reads, plus where it happened. */
export interface PresenterKeyInput {
  key: string;
  code?: string;
  target: KeyTargetKind;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** A held key repeating: ignored for toggles, so holding B does not flicker. */
  repeat?: boolean;
}

const BY_KEY: Readonly<Record<string, PresenterAction>> = {
  ' ': 'next',
  Spacebar: 'next',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
  Esc: 'exit',
  p: 'present',
  P: 'present',
};

/** Physical keys, for input methods and non-Latin layouts whose `key` is no Latin letter (Chinese IME: 'Process'). */
const BY_CODE: Readonly<Record<string, PresenterAction>> = {
  KeyB: 'blackout',
  Period: 'blackout',
  KeyF: 'fullscreen',
  KeyP: 'present',
};

/** Whether `key` says nothing about the letter: an input method at work, or a non-Latin character (Dvorak's 'x' on KeyB is an 'x'). */
function hidesLetter(key: string): boolean {
  return key === 'Process' || key === 'Unidentified' || (key.length === 1 && key.charCodeAt(0) > 0x7f);
}

const TOGGLES: ReadonlySet<PresenterAction> = new Set(['blackout', 'fullscreen', 'present', 'exit']);

/**
 * The action of a key press. In presenter mode and tours: Space, → and PageDown go to the next year or
 * step, ← and PageUp back, Home and End to the first and last, B or . black out (again to return), F
 * toggles full screen, Esc leaves; P enters presenter mode from a tour. In the ordinary app only P is taken; the
 * timeline keeps its own keys. Text fields keep every key, and Ctrl, Alt and Meta chords are the
 * browser's.
 */
export function presenterAction(input: PresenterKeyInput, mode: PresenterMode): PresenterAction {
  if (input.target === 'text' || input.ctrlKey || input.metaKey || input.altKey) return 'none';
  const action = BY_KEY[input.key] ?? (hidesLetter(input.key) && input.code ? BY_CODE[input.code] : undefined) ?? 'none';
  if (input.repeat && TOGGLES.has(action)) return 'none';
  if (mode === 'timeline') return action === 'present' ? 'present' : 'none';
  return action === 'present' && mode === 'presenting' ? 'none' : action;
}
