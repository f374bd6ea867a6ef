import type { AtlasSnapshot, SelectedCity } from '../embed/protocol';
import { cityOf, selectCities } from '../state/cities';
import { cityReference, resolveCityRef } from '../state/cityReference';
import { homeOf } from '../state/viewPatch';
import type { AtlasState, Lang, YearMode } from '../state/state';
import type { Store } from '../state/store';
import type { Player } from '../timeline/player';

/** The events of an atlas, with what each passes to its listeners. */
export interface AtlasEvents {
  /** The first dataset is shown. */
  ready: AtlasSnapshot;
  /** The selection changed (null: cleared). */
  select: SelectedCity | null;
  /** The year window or its mode changed. */
  yearchange: { from: number; to: number; mode: YearMode };
  /** The data could not load, or a command named nothing. */
  error: { message: string };
}

/** A listener of one event. */
export type AtlasListener<K extends keyof AtlasEvents> = (value: AtlasEvents[K]) => void;

/** What a host may do with an atlas: the JS API's and the postMessage bridge's commands and events. */
export interface AtlasControl {
  setYears(from: number, to?: number, mode?: YearMode): void;
  /** Selects a city by GB code, Chinese or English name (as `city=`); null clears. False when nothing matches. */
  select(city: string | null): boolean;
  /** Shows one unit's ties (as `home=`/`sub=`), or all with null. False when the reference names no unit. */
  setHome(home: string | null, sub?: boolean): boolean;
  setLanguage(lang: Lang): void;
  play(): void;
  pause(): void;
  /** The view as the `ready` message and `getState()` report it. */
  snapshot(): AtlasSnapshot;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends keyof AtlasEvents>(event: K, listener: AtlasListener<K>): () => void;
  /** Tells the listeners of an event (the atlas calls this for `ready` and `error`). */
  emit<K extends keyof AtlasEvents>(event: K, value: AtlasEvents[K]): void;
  destroy(): void;
}

/** The selected city as the `select` event reports it. */
export function selectedCity(state: AtlasState): SelectedCity | null {
  const city = cityOf(selectCities(state.dataset), state.selected);
  if (!city || !state.selected) return null;
  const iso2 = city.side === 'cn' ? 'CN' : city.key.slice(0, Math.max(0, city.key.indexOf('|')));
  return { side: city.side, reference: cityReference(state.dataset, state.selected), nameEn: city.nameEn, nameZh: city.nameZh, iso2 };
}

/** Creates the control of one atlas over its store and player; events follow the store. */
export function createAtlasControl(store: Store<AtlasState>, player: Player): AtlasControl {
  const listeners = new Map<keyof AtlasEvents, Set<(value: never) => void>>();
  // Selection and year events start with `ready`: the first dataset's own window is no change.
  let live = false;
  function emit<K extends keyof AtlasEvents>(event: K, value: AtlasEvents[K]): void {
    if (event === 'ready') live = true;
    for (const listener of [...(listeners.get(event) ?? [])]) (listener as AtlasListener<K>)(value);
  }
  const unsubscribe = store.subscribe((state, prev) => {
    if (!live) return;
    if (state.selected !== prev.selected) emit('select', selectedCity(state));
    if (state.yearFrom !== prev.yearFrom || state.yearTo !== prev.yearTo || state.mode !== prev.mode) {
      emit('yearchange', { from: state.yearFrom, to: state.yearTo, mode: state.mode });
    }
  });
  return {
    setYears(from, to = from, mode) {
      store.set({ yearFrom: Math.min(from, to), yearTo: Math.max(from, to), mode: mode ?? store.get().mode, playing: false });
    },
    select(city) {
      if (city === null) {
        store.set({ selected: null });
        return true;
      }
      const ref = resolveCityRef(store.get().dataset, city);
      if (!ref) emit('error', { message: `invalid city: ${city}` });
      else store.set({ selected: ref });
      return ref !== null;
    },
    setHome(home, sub) {
      const state = store.get();
      const code = homeOf(state.dataset, home, (message) => emit('error', { message }));
      if (home !== null && code === null) return false;
      store.set({ home: code, sub: sub ?? state.sub, selected: null });
      return true;
    },
    setLanguage(lang) {
      store.set({ lang });
    },
    play() {
      void player.play();
    },
    pause() {
      player.pause();
    },
    snapshot() {
      const s = store.get();
      return {
        lang: s.lang,
        years: { from: s.yearFrom, to: s.yearTo },
        mode: s.mode,
        includeUnknown: s.includeUnknown,
        home: s.home,
        city: s.selected ? cityReference(s.dataset, s.selected) : null,
      };
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (value: never) => void);
      return () => {
        set.delete(listener as (value: never) => void);
      };
    },
    emit,
    destroy() {
      unsubscribe();
      listeners.clear();
    },
  };
}
