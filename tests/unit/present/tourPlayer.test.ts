import { describe, expect, it } from 'vitest';
import { createTourPlayer } from '../../../src/present/tourPlayer';
import { createInitialState } from '../../../src/state/initialState';
import { createStore } from '../../../src/state/store';
import type { Tour, TourStep } from '../../../src/state/tour/tour';

const step = (to: number, extra: Partial<TourStep> = {}): TourStep => ({
  years: { from: 1973, to },
  mode: 'cumulative',
  selected: null,
  home: null,
  filters: {},
  caption: { en: `${to}`, zh: `${to}年` },
  durationMs: 6000,
  ...extra,
});

const TOUR: Tour = {
  id: 'demo',
  title: { en: 'Demo', zh: '示例' },
  steps: [
    step(1978, { camera: { lon: 120, lat: 30, zoom: 2 } }),
    step(1991, { mode: 'range', selected: { side: 'cn', key: '320200' }, camera: { lon: 10, lat: 50, zoom: 3 } }),
    step(2024, { home: '320200' }),
  ],
};

function setup(reducedMotion = false) {
  const store = createStore(createInitialState('en', 'globe', 2026));
  const flights: string[] = [];
  const homes: (string | null)[] = [];
  const player = createTourPlayer({
    store,
    tour: TOUR,
    moveCamera: (camera, animate) => flights.push(`${camera.lon},${camera.lat}:${animate ? 'fly' : 'jump'}`),
    applyExtras: (s) => homes.push(s.home),
    reducedMotion,
  });
  return { store, player, flights, homes };
}

describe('createTourPlayer', () => {
  it('go(i) puts the step’s years, mode and selection in the store', () => {
    const { store, player } = setup();
    player.go(1);
    expect(store.get()).toMatchObject({ yearFrom: 1973, yearTo: 1991, mode: 'range', selected: { side: 'cn', key: '320200' }, playing: false });
    expect(player.position()).toEqual({ id: 'demo', step: 1, steps: 3 });
  });

  it('the first step jumps, later ones fly, and steps without a camera keep it', () => {
    const { player, flights } = setup();
    player.go(0);
    player.move('next');
    player.move('next');
    expect(flights).toEqual(['120,30:jump', '10,50:fly']);
  });

  it('reduced motion makes every step jump', () => {
    const { player, flights } = setup(true);
    player.go(0);
    player.move('next');
    expect(flights).toEqual(['120,30:jump', '10,50:jump']);
  });

  it('move() stops at the ends and jumps to first and last', () => {
    const { player } = setup();
    player.go(0);
    player.move('previous');
    expect(player.position().step).toBe(0);
    player.move('last');
    player.move('next');
    expect(player.position().step).toBe(2);
    player.move('first');
    expect(player.position().step).toBe(0);
  });

  it('go(i) hands home and filters to applyExtras, and tells subscribers', () => {
    const { player, homes } = setup();
    const seen: number[] = [];
    player.subscribe((p) => seen.push(p.step));
    player.go(2);
    player.go(0);
    expect(homes).toEqual(['320200', null]);
    expect(seen).toEqual([2, 0]);
  });
});
