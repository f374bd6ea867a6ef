import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../../src/state/initialState';
import { viewChanged } from '../../../src/state/viewChanged';

describe('viewChanged', () => {
  const state = createInitialState('en', 'globe', 2026);

  it('is true when the dataset, language, year window, filters, selection or home city changed', () => {
    const changes = [
      { dataset: { ...state.dataset } },
      { lang: 'zh' as const },
      { yearFrom: 1990 },
      { yearTo: 2000 },
      { mode: state.mode === 'cumulative' ? ('range' as const) : ('cumulative' as const) },
      { includeUnknown: !state.includeUnknown },
      { filters: { ...state.filters } },
      { selected: { side: 'cn' as const, key: '320200' } },
      { home: '320200' },
      { sub: !state.sub },
    ];
    for (const change of changes) expect(viewChanged({ ...state, ...change }, state), JSON.stringify(Object.keys(change))).toBe(true);
  });

  it('is false for what only the map or the player shows (hover, camera, playing)', () => {
    expect(viewChanged({ ...state, hovered: { side: 'cn', key: '320200' } }, state)).toBe(false);
    expect(viewChanged({ ...state, playing: !state.playing }, state)).toBe(false);
    expect(viewChanged(state, state)).toBe(false);
  });
});
