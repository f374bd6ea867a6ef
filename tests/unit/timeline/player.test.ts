import { describe, expect, it } from 'vitest';
import { createInitialState, datasetState } from '../../../src/state/initialState';
import type { AtlasState } from '../../../src/state/state';
import { createStore, type Store } from '../../../src/state/store';
import { createPlayer, YEAR_MS } from '../../../src/timeline/player';
import { createManualScheduler, type ManualScheduler } from './manualScheduler';
import { dataset, pairing } from './pairingFixture';

const CURRENT = 1986;
const DATA = dataset([pairing('a', 1979, 'US'), pairing('b', 1981, 'JP'), pairing('c', null, 'FR')]);

function setup(patch: Partial<AtlasState> = {}): { store: Store<AtlasState>; scheduler: ManualScheduler; years: number[] } {
  const store = createStore({ ...createInitialState('en', 'globe', CURRENT), ...datasetState(DATA, CURRENT), ...patch });
  const years: number[] = [];
  store.subscribe((state, previous) => {
    if (state.yearTo !== previous.yearTo) years.push(state.yearTo);
  });
  return { store, scheduler: createManualScheduler(), years };
}

/** Lets queued microtasks and resolved promises run. */
const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('createPlayer', () => {
  it('play() sets every year from the first to the last in cumulative mode, then resolves', async () => {
    const { store, scheduler, years } = setup({ mode: 'range', yearFrom: 1980, yearTo: 1981 });
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    let done = false;
    void player.play().then(() => {
      done = true;
    });
    expect(store.get()).toMatchObject({ playing: true, mode: 'cumulative', yearTo: 1979, growYear: 1979, includeUnknown: false });
    scheduler.advance(YEAR_MS * 7 + 50);
    await flush();
    expect(done).toBe(false);
    scheduler.advance(YEAR_MS);
    await flush();
    expect(years).toEqual([1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986]);
    expect(done).toBe(true);
    expect(store.get()).toMatchObject({ playing: false, yearTo: 1986, growYear: null, growProgress: 1 });
  });

  it('play() never skips a year when no frame is drawn', async () => {
    const { store, scheduler, years } = setup();
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    const done = player.play();
    scheduler.advanceWithoutFrames(YEAR_MS * 10);
    await done;
    expect(years).toEqual([1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986]);
  });

  it("play() grows each year's arcs from 0 to 1 over frames", () => {
    const { store, scheduler } = setup();
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    void player.play();
    expect(store.get().growProgress).toBe(0);
    scheduler.advance(200);
    const mid = store.get().growProgress;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    scheduler.advance(YEAR_MS - 250);
    expect(store.get().growProgress).toBe(1);
    expect(store.get().growYear).toBe(1979);
    player.destroy();
  });

  it('play() goes faster at a higher speed', () => {
    const { store, scheduler } = setup({ speed: 4 });
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    void player.play();
    scheduler.advance(YEAR_MS / 4 + 1);
    expect(store.get().yearTo).toBe(1980);
    player.destroy();
  });

  it('pause() stops at the shown year, resolves play(), and play() continues from there', async () => {
    const { store, scheduler, years } = setup();
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    const first = player.play();
    scheduler.advance(YEAR_MS * 2 + 10);
    player.pause();
    await first;
    expect(store.get()).toMatchObject({ playing: false, yearTo: 1981, growYear: null });
    scheduler.advance(YEAR_MS * 3);
    expect(store.get().yearTo).toBe(1981);
    void player.play();
    expect(store.get().yearTo).toBe(1982);
    expect(years).toEqual([1979, 1980, 1981, 1982]);
    player.destroy();
  });

  it('play() with loop on starts again from the first year and still resolves at the last', async () => {
    const { store, scheduler } = setup({ loop: true });
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    let done = false;
    void player.play().then(() => {
      done = true;
    });
    scheduler.advance(YEAR_MS * 8 + 10);
    await flush();
    expect(done).toBe(true);
    expect(store.get()).toMatchObject({ playing: true, yearTo: 1979 });
    player.destroy();
    expect(store.get().playing).toBe(false);
  });

  it('stepForward() and stepBack() pause and move one year', () => {
    const { store, scheduler } = setup({ yearTo: 1982 });
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    player.stepForward();
    expect(store.get().yearTo).toBe(1983);
    player.stepBack();
    player.stepBack();
    expect(store.get().yearTo).toBe(1981);
    void player.play();
    player.stepBack();
    expect(store.get()).toMatchObject({ playing: false, yearTo: 1981 });
  });

  it('jump(to) goes to the first and last year', () => {
    const { store, scheduler } = setup({ yearTo: 1982 });
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    player.jump('start');
    expect(store.get().yearTo).toBe(1979);
    player.jump('end');
    expect(store.get().yearTo).toBe(1986);
  });

  it('play() stops when someone else moves the years', async () => {
    const { store, scheduler } = setup();
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    const done = player.play();
    scheduler.advance(YEAR_MS + 10);
    store.set({ mode: 'range', yearFrom: 1979, yearTo: 1979 });
    await done;
    await flush();
    scheduler.advance(YEAR_MS * 3);
    expect(store.get()).toMatchObject({ playing: false, mode: 'range', yearTo: 1979, growYear: null });
  });

  it('play() starts when the store is set to playing', async () => {
    const { store, scheduler } = setup();
    createPlayer(store, { scheduler, currentYear: CURRENT });
    store.set({ playing: true });
    await flush();
    expect(store.get()).toMatchObject({ mode: 'cumulative', yearTo: 1979 });
    store.set({ playing: false });
    await flush();
    scheduler.advance(YEAR_MS * 2);
    expect(store.get()).toMatchObject({ playing: false, yearTo: 1979, growYear: null });
  });

  it('play() resolves at once when no tie is dated', async () => {
    const { store, scheduler } = setup({ dataset: dataset([pairing('x', null, 'US')]) });
    const player = createPlayer(store, { scheduler, currentYear: CURRENT });
    await player.play();
    expect(store.get().playing).toBe(false);
    expect(scheduler.pending()).toBe(0);
  });
});
