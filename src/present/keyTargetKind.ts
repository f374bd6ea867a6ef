import type { KeyTargetKind } from './presenterKeys';

const TYPING =
  'input:not([type="button"]):not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="submit"]), select, textarea, [contenteditable]:not([contenteditable="false"])';

/** Whether a key event's target is a text field (which keeps its keys) or anything else. */
export function keyTargetKind(target: EventTarget | null): KeyTargetKind {
  return target instanceof Element && target.closest(TYPING) ? 'text' : 'other';
}
