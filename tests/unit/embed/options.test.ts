import { describe, expect, test } from 'vitest';
import { optionsFromAttributes, urlStateFromOptions, type AtlasOptions } from '../../../src/embed/options';
import { defaultUrlState } from '../../../src/state/urlState';

function read(attributes: Record<string, string>) {
  const warnings: string[] = [];
  const options = optionsFromAttributes(
    (name) => attributes[name] ?? null,
    (message) => warnings.push(message),
  );
  return { options, warnings };
}

function view(options: AtlasOptions) {
  const warnings: string[] = [];
  const state = urlStateFromOptions(options, (message) => warnings.push(message));
  return { state, warnings };
}

describe('optionsFromAttributes', () => {
  test('optionsFromAttributes(home="无锡" lang="zh" years="1980-2020") gives the same options', () => {
    expect(read({ home: '无锡', lang: 'zh', years: '1980-2020' })).toEqual({
      options: { home: '无锡', lang: 'zh', years: { from: 1980, to: 2020 } },
      warnings: [],
    });
  });

  test('optionsFromAttributes reads base-url, camera, filters and the sub switch', () => {
    expect(read({ 'base-url': 'https://cdn.example/atlas/', camera: '120,31,5', country: 'jp,KR', sub: '0' }).options).toEqual({
      baseUrl: 'https://cdn.example/atlas/',
      camera: { lon: 120, lat: 31, zoom: 5, bearing: 0, pitch: 0 },
      filters: { country: ['JP', 'KR'] },
      sub: false,
    });
  });

  test('optionsFromAttributes reads embed as a boolean attribute, and embed="0" as off', () => {
    expect(read({ embed: '' }).options).toEqual({ embed: true });
    expect(read({ embed: '0' }).options).toEqual({ embed: false });
  });

  test('optionsFromAttributes drops invalid values with a warning', () => {
    expect(read({ lang: 'fr', years: '2020-1980', embed: 'yes', mode: 'range' })).toEqual({
      options: { mode: 'range' },
      warnings: ['invalid lang: fr', 'invalid years: 2020-1980', 'invalid embed: yes'],
    });
  });

  test('optionsFromAttributes ignores attributes that are not options', () => {
    expect(read({ origins: 'https://a.example', class: 'x', style: 'y' })).toEqual({ options: {}, warnings: [] });
  });
});

describe('urlStateFromOptions', () => {
  test('urlStateFromOptions({}) is the default view in the embed layout', () => {
    expect(view({})).toEqual({ state: { ...defaultUrlState(), embed: true }, warnings: [] });
  });

  test('urlStateFromOptions(options) reads every option like its URL parameter', () => {
    expect(
      view({
        lang: 'en',
        projection: 'mercator',
        years: 1990,
        mode: 'range',
        unknown: false,
        city: 'Akashi',
        home: 'Nanjing',
        sub: false,
        embed: false,
        camera: { lon: 118.8, lat: 32.1, zoom: 5.5 },
        data: 'data/other.json',
        filters: { region: ['europe'], relation: ['friendship city'] },
      }),
    ).toEqual({
      state: {
        ...defaultUrlState(),
        lang: 'en',
        projection: 'mercator',
        years: { from: 1990, to: 1990 },
        mode: 'range',
        includeUnknown: false,
        city: 'Akashi',
        home: 'Nanjing',
        sub: false,
        embed: false,
        camera: { lon: 118.8, lat: 32.1, zoom: 5.5, bearing: 0, pitch: 0 },
        data: 'data/other.json',
        filters: { ...defaultUrlState().filters, region: ['europe'], relation: ['friendship city'] },
      },
      warnings: [],
    });
  });

  test("urlStateFromOptions({ years: '1980-2020' }) reads years written as in the URL", () => {
    expect(view({ years: '1980-2020' }).state.years).toEqual({ from: 1980, to: 2020 });
  });

  test('urlStateFromOptions keeps a comma inside a filter code', () => {
    expect(view({ filters: { country: ['Korea, Republic of'] } }).state.filters.country).toEqual(['Korea, Republic of']);
  });

  test('urlStateFromOptions drops wrongly typed options with a warning instead of throwing', () => {
    const { state, warnings } = view({
      lang: 'de',
      camera: { lon: 'x' },
      sub: 'yes',
      filters: { level: 'county' },
    } as unknown as AtlasOptions);
    expect(state).toEqual({ ...defaultUrlState(), embed: true });
    expect(warnings).toEqual(['invalid filters.level: county', 'invalid lang: de', 'invalid sub: yes', 'invalid camera: x,undefined,undefined,0,0']);
  });
});
