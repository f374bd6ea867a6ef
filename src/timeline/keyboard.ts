import type { Player } from './player';

const TYPING = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';
const ACTIVATES_ON_SPACE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"]';

/**
 * Whether a key press belongs to the timeline: focus is on the page itself or inside the timeline,
 * and not in a field. Space is left to a focused button, which it presses.
 */
export function isTimelineKey(event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>, root: Element): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  const onPage = target === null || target === document.body || target === document.documentElement;
  if (!onPage && !(target && root.contains(target))) return false;
  if (target?.closest(TYPING)) return false;
  if (event.key === ' ' && target?.closest(ACTIVATES_ON_SPACE)) return false;
  return true;
}

/** Space plays or pauses, ← and → step a year, Home and End jump to the ends. Returns the unbinder. */
export function bindTimelineKeys(root: Element, player: Player): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !isTimelineKey(event, root)) return;
    if (event.key === ' ') player.toggle();
    else if (event.key === 'ArrowLeft') player.stepBack();
    else if (event.key === 'ArrowRight') player.stepForward();
    else if (event.key === 'Home') player.jump('start');
    else if (event.key === 'End') player.jump('end');
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
