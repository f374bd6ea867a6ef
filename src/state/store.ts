/** A listener gets the new state and the one before it. */
export type Listener<S> = (state: S, previous: S) => void;

/** The one store of the app: user actions call `set`, renderers subscribe. */
export interface Store<S> {
  get(): S;
  /** Merges a patch; listeners run only when some value changed (by `Object.is`). */
  set(patch: Partial<S>): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: Listener<S>): () => void;
}

/** Creates a store holding a plain, serialisable state object. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    set(patch) {
      const keys = Object.keys(patch) as (keyof S)[];
      if (keys.every((k) => Object.is(state[k], patch[k]))) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
