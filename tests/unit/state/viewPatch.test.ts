import { describe, expect, test } from 'vitest';
import { createInitialState, replaceDataset } from '../../../src/state/initialState';
import { createStore } from '../../../src/state/store';
import { parseUrlState, serializeUrlState } from '../../../src/state/urlState';
import { fullYears, homeOf, urlStateOf, viewPatch } from '../../../src/state/viewPatch';
import { tieFixture } from './tieFixture';

const dataset = tieFixture();
const carried = { data: null, origins: [], present: false, tour: null, kiosk: false };

describe('homeOf', () => {
  test('homeOf(dataset, name) gives the unit GB code for a Chinese or English name', () => {
    expect([homeOf(dataset, '无锡'), homeOf(dataset, 'Wuxi'), homeOf(dataset, '320200')]).toEqual(['320200', '320200', '320200']);
  });

  test('homeOf(dataset, unknown) is null and warns', () => {
    const warnings: string[] = [];
    expect(homeOf(dataset, 'Atlantis', (w) => warnings.push(w))).toBeNull();
    expect(warnings).toEqual(['invalid home: Atlantis']);
  });
});

describe('viewPatch', () => {
  test('viewPatch(dataset, view) resolves home and city and keeps years, mode and flags', () => {
    const patch = viewPatch(dataset, parseUrlState('?years=1980-1990&mode=range&unknown=0&home=无锡&sub=0&city=Akashi&embed=1&lang=zh'));
    expect(patch).toMatchObject({
      yearFrom: 1980,
      yearTo: 1990,
      mode: 'range',
      includeUnknown: false,
      home: '320200',
      sub: false,
      embed: true,
      lang: 'zh',
      selected: { side: 'partner', key: expect.stringMatching(/^JP\|Akashi/) },
    });
  });

  test('viewPatch(dataset, view) without years or lang leaves them to the dataset and browser', () => {
    const patch = viewPatch(dataset, parseUrlState(''));
    expect('yearFrom' in patch || 'lang' in patch).toBe(false);
    expect(patch).toMatchObject({ home: null, selected: null, embed: false, mode: 'cumulative' });
  });

  test('viewPatch(dataset, view) drops a city that names nothing, with a warning', () => {
    const warnings: string[] = [];
    expect(viewPatch(dataset, parseUrlState('?city=Atlantis'), (w) => warnings.push(w)).selected).toBeNull();
    expect(warnings).toEqual(['invalid city: Atlantis']);
  });
});

describe('urlStateOf', () => {
  test('urlStateOf(state) read back through viewPatch gives the same state', () => {
    const store = createStore(createInitialState('en', 'globe', 2026));
    replaceDataset(store, dataset, { isDefault: true, currentYear: 2026 });
    store.set(viewPatch(dataset, parseUrlState('?years=1980-1995&mode=range&home=Hefei&city=Akashi&lang=zh')));
    const search = serializeUrlState(urlStateOf(store.get(), null, carried), { years: fullYears(dataset, 2026), lang: 'en' });
    const again = viewPatch(dataset, parseUrlState(search));
    const s = store.get();
    expect(again).toMatchObject({ yearFrom: s.yearFrom, yearTo: s.yearTo, mode: s.mode, home: s.home, selected: s.selected, lang: 'zh' });
  });

  test('urlStateOf(state) omits the full year window and the browser language from the URL', () => {
    const store = createStore(createInitialState('en', 'globe', 2026));
    replaceDataset(store, dataset, { isDefault: true, currentYear: 2026 });
    expect(serializeUrlState(urlStateOf(store.get(), null, carried), { years: fullYears(dataset, 2026), lang: 'en' })).toBe('');
  });
});
