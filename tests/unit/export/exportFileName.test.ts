import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/export/exportFileName';

describe('exportFileName', () => {
  it('exportFileName names a city view by slug and years', () => {
    expect(exportFileName({ cityEn: 'Wuxi', yearFrom: 1981, yearTo: 2024, mode: 'cumulative' }, 'png')).toBe('sister-cities-wuxi-1981-2024.png');
  });

  it('exportFileName leaves the city out for the whole atlas', () => {
    expect(exportFileName({ cityEn: null, yearFrom: 1973, yearTo: 2025, mode: 'cumulative' }, 'webm')).toBe('sister-cities-1973-2025.webm');
  });

  it('exportFileName marks range mode and writes one year once', () => {
    expect(exportFileName({ cityEn: 'Xi’an', yearFrom: 1990, yearTo: 1990, mode: 'range' }, 'png')).toBe('sister-cities-xi-an-1990-range.png');
  });

  it('exportFileName keeps the name ASCII: accents dropped, Chinese-only names left out', () => {
    expect(exportFileName({ cityEn: 'Setúbal', yearFrom: 2000, yearTo: 2010, mode: 'cumulative' }, 'png')).toBe('sister-cities-setubal-2000-2010.png');
    expect(exportFileName({ cityEn: '无锡', yearFrom: 2000, yearTo: 2010, mode: 'cumulative' }, 'png')).toBe('sister-cities-2000-2010.png');
  });
});
