import { describe, expect, test, vi } from 'vitest';
import { createStore } from '../../../src/state/store';

describe('createStore', () => {
  test('set(patch) merges and notifies with the new and previous state', () => {
    const store = createStore({ a: 1, b: 'x' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ a: 2 });
    expect(store.get()).toEqual({ a: 2, b: 'x' });
    expect(listener).toHaveBeenCalledWith({ a: 2, b: 'x' }, { a: 1, b: 'x' });
  });

  test('set(patch) with unchanged values notifies nobody', () => {
    const store = createStore({ a: 1 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ a: 1 });
    expect(listener).not.toHaveBeenCalled();
  });

  test('subscribe() returns a working unsubscribe', () => {
    const store = createStore({ a: 1 });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    store.set({ a: 5 });
    expect(listener).not.toHaveBeenCalled();
  });
});
