import { describe, expect, test } from 'vitest';
import { LABEL_FONT } from '../../../src/map/baseStyle';
import { CITY_LAYER_IDS, CITY_SOURCE_ID, cityFilter, cityId, cityLabelField, cityLayers } from '../../../src/map/cityStyle';

describe('cityStyle', () => {
  test('cityLayers(lang) draws dots first, rings above them and names on top', () => {
    expect(cityLayers('en').map((l) => l.id)).toEqual([CITY_LAYER_IDS.circles, CITY_LAYER_IDS.hover, CITY_LAYER_IDS.selected, CITY_LAYER_IDS.labels]);
  });

  test('cityLayers(lang) draws every layer from the city source', () => {
    for (const layer of cityLayers('zh')) expect(layer.source).toBe(CITY_SOURCE_ID);
  });

  test('cityLayers(lang) starts with empty hover and selection rings', () => {
    const [, hover, selected] = cityLayers('en');
    expect(hover.filter).toBe(false);
    expect(selected.filter).toBe(false);
  });

  test('cityLayers(lang) names cities in the language asked for with the local font stack', () => {
    const labels = cityLayers('zh')[3];
    expect(labels.layout?.['text-field']).toEqual(['get', 'name_zh']);
    expect(labels.layout?.['text-font']).toEqual(LABEL_FONT);
    expect(cityLabelField('en')).toEqual(['get', 'name_en']);
  });

  test('cityId(side, key) keeps a Chinese and a partner city with the same key apart', () => {
    expect(cityId('cn', '110000')).not.toBe(cityId('partner', '110000'));
  });

  test('cityFilter(cid) matches one city, or none for null', () => {
    expect(cityFilter(null)).toBe(false);
    expect(cityFilter('cn:110000')).toEqual(['==', ['get', 'cid'], 'cn:110000']);
  });
});
