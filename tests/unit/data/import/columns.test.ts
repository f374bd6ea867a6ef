import { describe, expect, it } from 'vitest';
import { detectColumns, mappingProblem } from '../../../../src/data/import/columns';

describe('detectColumns', () => {
  it('detectColumns() reads a Chinese foreign-affairs-office list', () => {
    const { mapping, confidence } = detectColumns(['序号', '中方城市', '省份', '外方城市', '国家', '结好时间']);
    expect(mapping).toMatchObject({ cnName: 1, cnProvince: 2, partnerName: 3, partnerCountry: 4, year: 5 });
    expect(mapping.cnLat).toBeNull();
    expect(confidence.cnName).toBeGreaterThan(0.9);
  });

  it('detectColumns() reads 城市 / 友好城市 / 缔结时间 / 纬度 / 经度 with sides', () => {
    const { mapping } = detectColumns(['城市', '友好城市', '国别', '缔结时间', '友城纬度', '友城经度']);
    expect(mapping).toMatchObject({ cnName: 0, partnerName: 1, partnerCountry: 2, year: 3, partnerLat: 4, partnerLon: 5 });
  });

  it('detectColumns() reads 建立时间 and 友城 as year and partner', () => {
    const { mapping } = detectColumns(['城市', '友城', '建立时间']);
    expect(mapping).toMatchObject({ cnName: 0, partnerName: 1, year: 2 });
  });

  it('detectColumns() reads English headers with 1/2 suffixes', () => {
    const { mapping } = detectColumns(['city1', 'lat1', 'lon1', 'city2', 'lat2', 'lng2', 'country', 'year']);
    expect(mapping).toMatchObject({ cnName: 0, cnLat: 1, cnLon: 2, partnerName: 3, partnerLat: 4, partnerLon: 5, partnerCountry: 6, year: 7 });
  });

  it('detectColumns() reads from/to, origin/dest and source/target variants', () => {
    expect(detectColumns(['from', 'to', 'date']).mapping).toMatchObject({ cnName: 0, partnerName: 1, year: 2 });
    expect(detectColumns(['origin_lat', 'origin_lon', 'origin', 'dest', 'dest_lat', 'dest_lon']).mapping).toMatchObject({
      cnLat: 0,
      cnLon: 1,
      cnName: 2,
      partnerName: 3,
      partnerLat: 4,
      partnerLon: 5,
    });
    expect(detectColumns(['sourceName', 'targetName', 'targetCountry']).mapping).toMatchObject({ cnName: 0, partnerName: 1, partnerCountry: 2 });
  });

  it('detectColumns() reads Chinese city, Partner city, Partner country, Date established', () => {
    const { mapping } = detectColumns(['Chinese city', 'Province', 'Partner city', 'Partner country', 'Date established']);
    expect(mapping).toMatchObject({ cnName: 0, cnProvince: 1, partnerName: 2, partnerCountry: 3, year: 4 });
  });

  it('detectColumns() takes an unmarked name column as the Chinese city and the next as the partner', () => {
    const { mapping, confidence } = detectColumns(['name', 'city', 'year']);
    expect(mapping).toMatchObject({ cnName: 0, partnerName: 1, year: 2 });
    expect(confidence.partnerName).toBeLessThan(0.9);
  });

  it('detectColumns() finds a year column by its values when no header names it', () => {
    const sample = [
      ['A', 'B', '1979'],
      ['C', 'D', '1985-03-01'],
      ['E', 'F', '1990年'],
    ];
    const { mapping, confidence } = detectColumns(['city', 'partner', 'x'], sample);
    expect(mapping.year).toBe(2);
    expect(confidence.year).toBe(0.5);
  });

  it('detectColumns() maps nothing for headers that announce nothing', () => {
    const { mapping } = detectColumns(['foo', 'bar', 'id']);
    expect(Object.values(mapping).every((column) => column === null)).toBe(true);
    expect(mappingProblem(mapping)).toBe('no-cn-column');
  });
});
