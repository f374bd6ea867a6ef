import type { ArcLayer } from '../map/arcs/arcTypes';
import type { createPresenterCamera } from '../map/presenterCamera';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import type { TourPosition } from '../state/tour/tourPosition';
import type { Player } from '../timeline/player';

/** What presenter mode needs of an atlas. */
export interface PresenterParts {
  store: Store<AtlasState>;
  layout: { app: HTMLElement; map: HTMLElement; counter: HTMLElement; actions: HTMLElement; id(name: string): string };
  map: Parameters<typeof createPresenterCamera>[0] | null;
  arcs: ArcLayer | null;
  player: Player;
  currentYear: number;
  /** Resolves once the first dataset is shown. */
  ready: Promise<void>;
  message(text: string, kind?: 'center' | 'toast'): void;
  /** Whether this atlas takes the page's keys (the page's own atlas, or one started in presenter mode). */
  keys: boolean;
}

/** What the test hook reports of presenter mode. */
export interface PresenterState {
  present: boolean;
  kiosk: boolean;
  blackout: boolean;
  tour: TourPosition | null;
}
