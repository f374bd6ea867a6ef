import { type AtlasCommand, readCommand, readyMessage, selectMessage, targetOrigins, yearChangeMessage, type AtlasEvent } from '../embed/protocol';
import type { AtlasControl } from './atlasControl';

/** The postMessage bridge of the page's atlas. */
export interface Bridge {
  /** Messages ignored for their origin or shape since the bridge started. */
  ignored(): number;
  destroy(): void;
}

/** Obeys one command through the control. */
export function obey(control: AtlasControl, command: AtlasCommand): void {
  switch (command.type) {
    case 'setYears':
      control.setYears(command.from, command.to, command.mode);
      break;
    case 'select':
      control.select(command.city);
      break;
    case 'setHome':
      control.setHome(command.home, command.sub);
      break;
    case 'setLanguage':
      control.setLanguage(command.lang);
      break;
    case 'play':
      control.play();
      break;
    case 'pause':
      control.pause();
      break;
  }
}

/**
 * Listens for commands from the page that frames the atlas (obeyed only from `origins`, see `readCommand`)
 * and posts `ready`, `select` and `yearchange` to it. Posts nothing when the atlas is not in a frame.
 */
export function startBridge(control: AtlasControl, origins: readonly string[], win: Window = window): Bridge {
  let ignored = 0;
  const onMessage = (event: MessageEvent): void => {
    const result = readCommand(event.origin, event.data, origins);
    if (result.ok) obey(control, result.command);
    else ignored++;
  };
  win.addEventListener('message', onMessage);
  const framed = win.parent !== win;
  const post = (message: AtlasEvent): void => {
    if (!framed) return;
    for (const origin of targetOrigins(origins)) {
      try {
        win.parent.postMessage(message, origin);
      } catch {
        // A listed origin that is not the parent's: the browser refuses it, the others still go.
      }
    }
  };
  const unsubscribes = [
    control.on('ready', (state) => post(readyMessage(state))),
    control.on('select', (city) => post(selectMessage(city))),
    control.on('yearchange', ({ from, to, mode }) => post(yearChangeMessage(from, to, mode))),
  ];
  return {
    ignored: () => ignored,
    destroy() {
      win.removeEventListener('message', onMessage);
      for (const unsubscribe of unsubscribes) unsubscribe();
    },
  };
}
