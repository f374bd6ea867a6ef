import { describe, expect, it } from 'vitest';
import type { Choices } from '../../../../src/data/import/ambiguity';
import { assembleImport } from '../../../../src/data/import/assemble';
import { createResolver } from '../../../../src/data/import/geocode';
import type { ImportRecord } from '../../../../src/data/import/records';
import type { UnreadableRow } from '../../../../src/data/import/table';
import { cnGazetteer, worldGazetteer } from './gazetteerFiles';

/** A record with every field empty but the ones given. */
function record(fields: Partial<ImportRecord> & { row: number }): ImportRecord {
  return { cnName: '', cnProvince: '', cnLat: '', cnLon: '', partnerName: '', partnerCountry: '', partnerLat: '', partnerLon: '', year: '', ...fields };
}

/** Nanjing and Nagoya with their coordinates in the file. */
function nanjingNagoya(row: number, year = '1978'): ImportRecord {
  return record({ row, cnName: '南京市', cnLat: '32.06', cnLon: '118.79', partnerName: 'Nagoya', partnerLat: '35.18', partnerLon: '136.91', year });
}

function assemble(records: ImportRecord[], options: { choices?: Choices; unreadable?: UnreadableRow[]; onProgress?: (done: number) => void } = {}) {
  const resolver = createResolver({ cn: cnGazetteer(), world: worldGazetteer() });
  const input = { title: 'ties.csv', records, unreadable: options.unreadable ?? [], resolver, cnGazetteer: cnGazetteer(), choices: options.choices ?? {} };
  return assembleImport(input, options.onProgress);
}

describe('assembleImport', () => {
  it('assembleImport loads a row with both points in the file as drawn with the coordinates given', () => {
    const { dataset, report } = assemble([nanjingNagoya(2)]);
    expect(report.entries).toEqual([
      { row: 2, group: 'loaded', reason: 'coordinates-in-file', detail: '南京市 Nanjing – Nagoya, JP', cn: '南京市', partner: 'Nagoya' },
    ]);
    expect(dataset.pairings[0]).toMatchObject({ id: 'nanjing--nagoya-jp', notOnMap: null, flags: [], partner: { lat: 35.18, lon: 136.91, iso2: 'JP' } });
  });

  it('assembleImport turns the year cell into a user signing claim that names the row and the file', () => {
    const { dataset } = assemble([nanjingNagoya(7, '1978-10-21')]);
    expect(dataset.pairings[0]!.claims).toEqual([
      { year: 1978, date: '1978-10-21', kind: 'signing', reliability: 'user', url: '', title: 'ties.csv', note: 'row 7' },
    ]);
    expect(dataset.pairings[0]).toMatchObject({ year: 1978, yearStatus: 'sourced' });
  });

  it('assembleImport geocodes a side without coordinates by name and flags where the point came from', () => {
    const { dataset, report } = assemble([
      record({ row: 2, cnName: '南京市', partnerName: 'Nagoya', partnerLat: '35.18', partnerLon: '136.91', year: '1978' }),
    ]);
    expect(report.entries[0]).toMatchObject({ group: 'geocoded', reason: 'geocoded' });
    expect(dataset.pairings[0]!.flags).toEqual(['cn_coord_geocoded_by_name:gazetteer']);
    expect(dataset.pairings[0]!.cn).toMatchObject({ nameEn: 'Nanjing', provinceZh: '江苏省' });
  });

  it('assembleImport rejects a row without a Chinese city name', () => {
    const { dataset, report } = assemble([record({ row: 3, partnerName: 'Nagoya' })]);
    expect(report.entries).toEqual([{ row: 3, group: 'rejected', reason: 'cn-name-missing', detail: '', cn: '', partner: 'Nagoya' }]);
    expect(dataset.pairings).toEqual([]);
  });

  it('assembleImport rejects a row without a partner city name', () => {
    const { report } = assemble([record({ row: 3, cnName: '南京市' })]);
    expect(report.entries[0]).toMatchObject({ group: 'rejected', reason: 'partner-name-missing' });
  });

  it('assembleImport rejects a city paired with itself, written in another case and spacing', () => {
    const { report } = assemble([record({ row: 4, cnName: 'Saint Louis', partnerName: 'st. louis' })]);
    expect(report.entries[0]).toMatchObject({ group: 'rejected', reason: 'same-city' });
  });

  it('assembleImport merges a repeated pairing into the first row and keeps its year as another claim', () => {
    const { dataset, report } = assemble([nanjingNagoya(2, '1978'), nanjingNagoya(5, '1980')]);
    expect(dataset.pairings).toHaveLength(1);
    expect(dataset.pairings[0]!.claims.map((claim) => claim.date)).toEqual(['1978', '1980']);
    expect(report.entries[1]).toMatchObject({ row: 5, group: 'merged', reason: 'duplicate', detail: '2' });
  });

  it('assembleImport adds no second claim when a repeated row states the same date', () => {
    const { dataset } = assemble([nanjingNagoya(2, '1978'), nanjingNagoya(3, '1978')]);
    expect(dataset.pairings[0]!.claims).toHaveLength(1);
  });

  it('assembleImport puts a drawn row without a year under noYear with reason year-missing', () => {
    const { dataset, report } = assemble([nanjingNagoya(2, '')]);
    expect(report.entries[0]).toMatchObject({ group: 'noYear', reason: 'year-missing', detail: '' });
    expect(dataset.pairings[0]).toMatchObject({ year: null, notOnMap: null, claims: [] });
  });

  it('assembleImport puts a drawn row with an unreadable year under noYear with the cell as detail', () => {
    const { report } = assemble([nanjingNagoya(2, 'soon')]);
    expect(report.entries[0]).toMatchObject({ group: 'noYear', reason: 'year-unreadable', detail: 'soon' });
  });

  it('assembleImport keeps a row with invalid coordinates off the map and quotes the cells', () => {
    const { dataset, report } = assemble([
      record({ row: 2, cnName: '南京市', partnerName: 'Nagoya', partnerLat: 'north', partnerLon: '136.91', year: '1978' }),
    ]);
    expect(report.entries[0]).toMatchObject({ group: 'notOnMap', reason: 'coordinates-invalid', detail: 'north, 136.91' });
    expect(dataset.pairings[0]!.notOnMap).toBe('coordinates-out-of-range');
  });

  it('assembleImport keeps a row with a latitude beyond 90 off the map as out of range', () => {
    const { report } = assemble([record({ row: 2, cnName: '南京市', partnerName: 'Nagoya', partnerLat: '95', partnerLon: '136.91' })]);
    expect(report.entries[0]).toMatchObject({ group: 'notOnMap', reason: 'coordinates-out-of-range', detail: '95, 136.91' });
  });

  it('assembleImport keeps two sides at the same point off the map as same-place', () => {
    const { dataset, report } = assemble([
      record({ row: 2, cnName: '南京市', cnLat: '32.06', cnLon: '118.79', partnerName: 'Nagoya', partnerLat: '32.06', partnerLon: '118.795' }),
    ]);
    expect(report.entries[0]).toMatchObject({ group: 'notOnMap', reason: 'same-place' });
    expect(dataset.pairings[0]!.notOnMap).toBe('same-place');
  });

  it('assembleImport keeps a partner the gazetteer does not know off the map with the name and country looked up', () => {
    const { dataset, report } = assemble([record({ row: 2, cnName: '南京市', partnerName: 'Xyzzyville', partnerCountry: 'France' })]);
    expect(report.entries[0]).toMatchObject({ group: 'notOnMap', reason: 'partner-not-found', detail: 'Xyzzyville, France' });
    expect(dataset.pairings[0]).toMatchObject({ notOnMap: 'not-geocoded', partner: { iso2: 'FR', countryZh: '法国' } });
  });

  it('assembleImport keeps an ambiguous partner without a choice off the map as partner-ambiguous', () => {
    const { dataset, report } = assemble([record({ row: 2, cnName: '南京市', partnerName: 'St. Louis', partnerCountry: 'USA' })]);
    expect(report.entries[0]).toMatchObject({ group: 'notOnMap', reason: 'partner-ambiguous', detail: 'St. Louis, USA' });
    expect(dataset.pairings[0]!.notOnMap).toBe('ambiguous-name');
  });

  it('assembleImport draws an ambiguous partner at the candidate the user chose and flags the choice', () => {
    const { dataset, report } = assemble([record({ row: 2, cnName: '南京市', partnerName: 'St. Louis', partnerCountry: 'USA', year: '1979' })], {
      choices: { 'partner|saintlouis|US': 0 },
    });
    expect(report.entries[0]).toMatchObject({ group: 'geocoded', reason: 'geocoded-chosen' });
    expect(dataset.pairings[0]!.flags).toContain('place_chosen_by_user');
    expect(dataset.pairings[0]!.partner).toMatchObject({ lat: 38.6273, lon: -90.1979 });
  });

  it('assembleImport keeps an ambiguous Chinese name without a choice off the map as cn-ambiguous', () => {
    const { report } = assemble([record({ row: 2, cnName: '朝阳区', partnerName: 'Nagoya', partnerLat: '35.18', partnerLon: '136.91' })]);
    expect(report.entries[0]).toMatchObject({ group: 'notOnMap', reason: 'cn-ambiguous', detail: '朝阳区' });
  });

  it('assembleImport reports unreadable source rows as rejected with their reason', () => {
    const { report } = assemble([], { unreadable: [{ row: 4, reason: 'location-id-not-found', detail: 'x9' }] });
    expect(report.entries).toEqual([{ row: 4, group: 'rejected', reason: 'location-id-not-found', detail: 'x9', cn: '', partner: '' }]);
  });

  it('assembleImport lists every row once, in row order, and counts each group', () => {
    const { report } = assemble([nanjingNagoya(5), record({ row: 2, partnerName: 'Nagoya' }), nanjingNagoya(3)], {
      unreadable: [{ row: 4, reason: 'row-empty', detail: '' }],
    });
    expect(report.entries.map((entry) => [entry.row, entry.group])).toEqual([
      [2, 'rejected'],
      [3, 'merged'],
      [4, 'rejected'],
      [5, 'loaded'],
    ]);
    expect(report.counts).toEqual({ rows: 4, loaded: 1, geocoded: 0, merged: 1, noYear: 0, notOnMap: 0, rejected: 2 });
  });

  it('assembleImport gives two pairings whose names give the same id a numbered second id', () => {
    const { dataset } = assemble([
      record({ row: 2, cnName: '南京市', partnerName: 'Xyzzy Ville', partnerCountry: 'France' }),
      record({ row: 3, cnName: '南京市', partnerName: 'Xyzzy Ville', partnerCountry: 'Germany' }),
    ]);
    expect(dataset.pairings.map((pairing) => pairing.id)).toEqual(['nanjing--xyzzy-ville', 'nanjing--xyzzy-ville-2']);
  });

  it('assembleImport reports progress ending at 1', () => {
    const done: number[] = [];
    assemble([nanjingNagoya(2)], { onProgress: (share) => done.push(share) });
    expect(done.at(-1)).toBe(1);
  });

  it('assembleImport names the dataset and the report after the title', () => {
    const { dataset, report } = assemble([nanjingNagoya(2)]);
    expect([dataset.title, report.title]).toEqual(['ties.csv', 'ties.csv']);
    expect(dataset.totals).toEqual([]);
  });
});
