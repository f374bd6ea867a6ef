import { keyTargetKind } from './keyTargetKind';
import { presenterAction, type PresenterAction, type PresenterMode } from './presenterKeys';

/**
 * Listens for the presenter's keys on `window` in the capture phase, before MapLibre's keyboard
 * handler (which pans on the arrows once the map has been clicked) and the timeline's own keys.
 * `act` returns whether it used the key; a used key goes no further. Returns the unbinder.
 */
export function bindPresenterKeys(mode: () => PresenterMode, act: (action: PresenterAction) => boolean): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const action = presenterAction(
      {
        key: event.key,
        code: event.code,
        target: keyTargetKind(event.target),
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        repeat: event.repeat,
      },
      mode(),
    );
    if (action === 'none' || !act(action)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
