import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { applyLabelLanguage, BACKDROP_SOURCES, BASE_LAYER_IDS, createBaseStyle, LABEL_FONT, sourcesLoaded } from '../../../src/map/baseStyle';

const BASE = 'https://example.test/some/path/';

/** Every string in a JSON value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('createBaseStyle', () => {
  test('createBaseStyle(opts) has no glyphs and no sprite', () => {
    const style = createBaseStyle({ lang: 'en', baseUrl: BASE });
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
  });

  test('createBaseStyle(opts) names no URL outside the base URL', () => {
    const style = createBaseStyle({ lang: 'zh', baseUrl: BASE });
    const urls = strings(style).filter((s) => /^[a-z][a-z0-9+.-]*:/i.test(s));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
  });

  test('createBaseStyle(opts) loads the world files relative to the base URL', () => {
    const style = createBaseStyle({ lang: 'en', baseUrl: BASE });
    const data = Object.values(style.sources).map((source) => ('data' in source ? source.data : null));
    expect(data).toEqual([`${BASE}world/land.json`, `${BASE}world/borders.json`, `${BASE}world/country-labels.json`]);
  });

  test('createBaseStyle(opts) is on the globe unless asked for Mercator', () => {
    expect(createBaseStyle({ lang: 'en', baseUrl: BASE }).projection).toEqual({ type: 'globe' });
    expect(createBaseStyle({ lang: 'en', baseUrl: BASE, projection: 'mercator' }).projection).toEqual({ type: 'mercator' });
  });

  test('createBaseStyle(opts) labels countries in the language asked for, with the local font stack', () => {
    const labels = (lang: 'en' | 'zh') => createBaseStyle({ lang, baseUrl: BASE }).layers.find((l) => l.id === BASE_LAYER_IDS.countryLabels);
    expect(labels('zh')?.layout).toMatchObject({ 'text-field': ['get', 'name_zh'], 'text-font': LABEL_FONT });
    expect(labels('en')?.layout).toMatchObject({ 'text-field': ['get', 'name_en'] });
  });

  test('createBaseStyle(opts) stacks ocean, land, borders, labels from the bottom', () => {
    const ids = createBaseStyle({ lang: 'en', baseUrl: BASE }).layers.map((l) => l.id);
    expect(ids).toEqual(Object.values(BASE_LAYER_IDS));
  });
});

describe('applyLabelLanguage', () => {
  test('applyLabelLanguage(map, lang) switches the country label field in place', () => {
    const calls: unknown[][] = [];
    const map = {
      getLayer: (id: string) => (id === BASE_LAYER_IDS.countryLabels ? {} : undefined),
      setLayoutProperty: (...args: unknown[]) => void calls.push(args),
    } as unknown as MapLibreMap;
    applyLabelLanguage(map, 'zh');
    expect(calls).toEqual([[BASE_LAYER_IDS.countryLabels, 'text-field', ['get', 'name_zh']]]);
  });

  test('applyLabelLanguage(map, lang) does nothing on a map without the base style', () => {
    const calls: unknown[][] = [];
    const map = { getLayer: () => undefined, setLayoutProperty: (...args: unknown[]) => void calls.push(args) } as unknown as MapLibreMap;
    applyLabelLanguage(map, 'en');
    expect(calls).toEqual([]);
  });
});

describe('sourcesLoaded', () => {
  function mapWith(sources: Record<string, boolean>): MapLibreMap {
    return {
      getSource: (id: string) => (id in sources ? {} : undefined),
      isSourceLoaded: (id: string) => sources[id] === true,
    } as unknown as MapLibreMap;
  }

  test('the backdrop needs both the land and the borders, not the labels', () => {
    expect(sourcesLoaded(mapWith({ land: true, borders: false, countryLabels: true }), BACKDROP_SOURCES)).toBe(false);
    expect(sourcesLoaded(mapWith({ land: false, borders: true }), BACKDROP_SOURCES)).toBe(false);
    expect(sourcesLoaded(mapWith({ land: true, borders: true, countryLabels: false }), BACKDROP_SOURCES)).toBe(true);
  });

  test('every source asked for counts, and one the style lacks holds nothing back', () => {
    expect(sourcesLoaded(mapWith({ land: true, borders: true, cities: false }), [...BACKDROP_SOURCES, 'cities'])).toBe(false);
    expect(sourcesLoaded(mapWith({ land: true, borders: true }), [...BACKDROP_SOURCES, 'cities'])).toBe(true);
    expect(sourcesLoaded(mapWith({}), BACKDROP_SOURCES)).toBe(true);
  });
});
