import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startUrlSync, URL_WRITE_MS } from '../../../src/app/urlSync';
import { createInitialState, replaceDataset } from '../../../src/state/initialState';
import { createStore } from '../../../src/state/store';
import { parseUrlState } from '../../../src/state/urlState';
import { tieFixture } from '../state/tieFixture';

interface HistoryCall {
  kind: 'push' | 'replace';
  search: string;
}

/** A page at `/index.html?test` whose history calls are recorded; `framed` puts it in a frame. */
function stubPage(framed: boolean): HistoryCall[] {
  const calls: HistoryCall[] = [];
  const location = { pathname: '/index.html', search: '?test', hash: '' };
  const record = (kind: HistoryCall['kind']) => (_state: unknown, _title: string, url: string) => {
    location.search = new URL(url, 'http://localhost').search;
    calls.push({ kind, search: location.search });
  };
  const page = {
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    parent: null as unknown,
  };
  page.parent = framed ? {} : page;
  vi.stubGlobal('window', page);
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', { state: null, pushState: record('push'), replaceState: record('replace') });
  return calls;
}

function setup(framed = false) {
  const calls = stubPage(framed);
  const store = createStore(createInitialState('en', 'globe', 2026));
  replaceDataset(store, tieFixture(), { isDefault: true, currentYear: 2026 });
  const stop = startUrlSync({
    store,
    map: null,
    initial: parseUrlState('', () => undefined),
    currentYear: 2026,
    browserLang: 'en',
    restore: () => undefined,
  });
  return { calls, store, stop };
}

describe('startUrlSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('a year change is written in a task of its own, URL_WRITE_MS later, never inside the change', () => {
    const { calls, store, stop } = setup();
    store.set({ yearFrom: 1980, yearTo: 1990 });
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(URL_WRITE_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([{ kind: 'replace', search: '?years=1980-1990&test' }]);
    stop();
  });

  test('a drag of many year changes writes at most once every URL_WRITE_MS, ending on the last window', () => {
    const { calls, store, stop } = setup();
    for (let year = 1980; year <= 2000; year++) {
      store.set({ yearFrom: 1979, yearTo: year });
      vi.advanceTimersByTime(URL_WRITE_MS / 10);
    }
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(calls.length).toBeLessThanOrEqual(1 + (21 * URL_WRITE_MS) / 10 / URL_WRITE_MS);
    expect(calls.every((call) => call.kind === 'replace')).toBe(true);
    expect(calls.at(-1)?.search).toBe('?years=1979-2000&test');
    stop();
  });

  test('a selection during a drag: the view before it is written first, then the selection pushed', () => {
    const { calls, store, stop } = setup();
    store.set({ yearFrom: 1980, yearTo: 1985 });
    vi.advanceTimersByTime(URL_WRITE_MS / 3);
    store.set({ yearFrom: 1980, yearTo: 1990 });
    store.set({ selected: { side: 'cn', key: '320200' } });
    expect(calls).toEqual([{ kind: 'replace', search: '?years=1980-1990&test' }]);
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.kind).toBe('push');
    expect(calls[1]?.search).toMatch(/^\?years=1980-1990&city=.*&test$/);
    stop();
  });

  test('in a frame a selection only replaces, and nothing is written after stopping', () => {
    const { calls, store, stop } = setup(true);
    store.set({ selected: { side: 'cn', key: '320200' } });
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(calls.map((call) => call.kind)).toEqual(['replace']);
    store.set({ yearFrom: 1980, yearTo: 1990 });
    stop();
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(calls).toHaveLength(1);
  });
});
