import { describe, expect, it } from 'vitest';
import { parseDatasetFile } from '../../../src/data/loadDataset';
import type { Dataset, Pairing } from '../../../src/data/schema';
import { serializeDataset } from '../../../src/data/serializeDataset';
import { readAtlasFile } from './atlasFile';

const imported: Pairing = {
  id: 'jinan--sacramento-us',
  cn: {
    code: '370100',
    nameEn: 'Jinan',
    nameZh: '济南市',
    pinyin: 'ji nan',
    level: 'prefecture',
    parentEn: '',
    parentZh: '',
    provinceEn: 'Shandong',
    provinceZh: '山东省',
    lat: 36.67,
    lon: 117.0,
  },
  partner: {
    nameEn: 'Sacramento',
    nameZh: '萨克拉门托',
    iso2: 'US',
    countryEn: 'United States',
    countryZh: '美国',
    region: 'north-america',
    level: 'city',
    lat: 38.58,
    lon: -121.49,
  },
  relation: 'unknown',
  year: 1984,
  yearStatus: 'sourced',
  claims: [{ year: 1984, date: '1984', kind: 'signing', reliability: 'user', url: '', title: 'portal list', note: '' }],
  flags: ['geocoded:world-gazetteer'],
  notOnMap: null,
};

describe('serializeDataset', () => {
  it('serializeDataset writes an imported dataset that parseDatasetFile reads back equal', () => {
    const dataset: Dataset = { title: 'portal.csv', pairings: [imported], totals: [] };
    const { dataset: back, problems } = parseDatasetFile(JSON.parse(serializeDataset(dataset)));
    expect(problems).toEqual([]);
    expect(back).toEqual(dataset);
  });

  it('serializeDataset keeps a pairing that is not on the map, with its reason', () => {
    const lost: Pairing = { ...imported, id: 'x--y', partner: { ...imported.partner, lat: null, lon: null }, notOnMap: 'not-geocoded' };
    const { dataset: back } = parseDatasetFile(JSON.parse(serializeDataset({ title: 't', pairings: [lost], totals: [] })));
    expect(back.pairings[0]).toEqual(lost);
  });

  it('serializeDataset round-trips the shipped atlas with every pairing and total', () => {
    const { dataset } = parseDatasetFile(readAtlasFile());
    const { dataset: back, problems } = parseDatasetFile(JSON.parse(serializeDataset(dataset)));
    expect(problems).toEqual([]);
    expect(back.pairings.length).toBe(dataset.pairings.length);
    expect(back).toEqual(dataset);
  });
});
