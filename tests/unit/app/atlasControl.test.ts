import { describe, expect, test } from 'vitest';
import { type AtlasEvents, createAtlasControl } from '../../../src/app/atlasControl';
import { obey } from '../../../src/app/bridge';
import { readCommand } from '../../../src/embed/protocol';
import { createInitialState, replaceDataset } from '../../../src/state/initialState';
import { createStore } from '../../../src/state/store';
import type { Player } from '../../../src/timeline/player';
import { tieFixture } from '../state/tieFixture';

function setup() {
  const store = createStore(createInitialState('en', 'globe', 2026));
  replaceDataset(store, tieFixture(), { isDefault: true, currentYear: 2026 });
  const calls: string[] = [];
  const player = {
    play: async () => {
      calls.push('play');
    },
    pause: () => calls.push('pause'),
  } as unknown as Player;
  const control = createAtlasControl(store, player);
  const events: [keyof AtlasEvents, unknown][] = [];
  for (const name of ['select', 'yearchange', 'error'] as const) control.on(name, (value) => events.push([name, value]));
  return { store, control, events, calls };
}

describe('createAtlasControl', () => {
  test('control.setYears(from, to, mode) sets the window and tells yearchange once ready', () => {
    const { store, control, events } = setup();
    control.emit('ready', control.snapshot());
    control.setYears(1990, 2000, 'range');
    expect(store.get()).toMatchObject({ yearFrom: 1990, yearTo: 2000, mode: 'range' });
    expect(events).toEqual([['yearchange', { from: 1990, to: 2000, mode: 'range' }]]);
  });

  test('control tells no event before ready', () => {
    const { control, events } = setup();
    control.setYears(1990, 2000);
    control.select('Akashi');
    expect(events).toEqual([]);
  });

  test('control.select(name) selects and tells select with a reference that selects it again', () => {
    const { control, events } = setup();
    control.emit('ready', control.snapshot());
    expect(control.select('Akashi')).toBe(true);
    expect(events[0]).toEqual(['select', { side: 'partner', reference: 'Akashi', nameEn: 'Akashi', nameZh: '明石', iso2: 'JP' }]);
    expect(control.snapshot().city).toBe('Akashi');
  });

  test('control.setHome(unknown) changes nothing and tells error', () => {
    const { store, control, events } = setup();
    expect(control.setHome('Atlantis')).toBe(false);
    expect(store.get().home).toBeNull();
    expect(events).toEqual([['error', { message: 'invalid home: Atlantis' }]]);
  });

  test('control.setHome(name, false) sets the GB code and sub', () => {
    const { store, control } = setup();
    expect(control.setHome('无锡', false)).toBe(true);
    expect(store.get()).toMatchObject({ home: '320200', sub: false });
  });

  test('control.on(event, fn) returns a function that stops the listener', () => {
    const { control } = setup();
    const seen: unknown[] = [];
    const off = control.on('yearchange', (value) => seen.push(value));
    control.emit('ready', control.snapshot());
    off();
    control.setYears(1985);
    expect(seen).toEqual([]);
  });
});

describe('obey', () => {
  test('obey(control, command) carries out each protocol command', () => {
    const { store, control, calls } = setup();
    const allowed = ['https://portal.example'];
    for (const data of [
      { type: 'setLanguage', lang: 'zh' },
      { type: 'setHome', home: 'Hefei' },
      { type: 'setYears', from: 1995 },
      { type: 'play' },
      { type: 'pause' },
    ]) {
      const result = readCommand('https://portal.example', { source: 'sister-city-atlas', version: 1, ...data }, allowed);
      if (!result.ok) throw new Error(result.reason);
      obey(control, result.command);
    }
    expect(store.get()).toMatchObject({ lang: 'zh', home: '340100', yearFrom: 1995, yearTo: 1995 });
    expect(calls).toEqual(['play', 'pause']);
  });
});
