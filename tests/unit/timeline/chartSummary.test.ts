import { describe, expect, it } from 'vitest';
import { binPairings } from '../../../src/timeline/bins';
import { formatChartSummary } from '../../../src/timeline/chartSummary';
import { dataset, pairing } from './pairingFixture';

const SAMPLE = dataset([
  pairing('a', 1979, 'US'),
  pairing('b', 1981, 'JP'),
  pairing('c', 1981, 'JP'),
  pairing('d', 1985, 'FR'),
  pairing('e', null, 'DE'),
  pairing('f', null, 'DE'),
]);

describe('formatChartSummary', () => {
  it('formatChartSummary(bins, "en") states the years, the dated ties, the busiest year and the undated ties', () => {
    expect(formatChartSummary(binPairings(SAMPLE, 2024), 'en')).toBe(
      'Bar chart of the ties founded each year, 1979–2024, stacked by partner region: 4 dated ties, the most in 1981 (2). 2 more ties have an unknown year.',
    );
  });

  it('formatChartSummary(bins, "zh") states the same in Chinese', () => {
    expect(formatChartSummary(binPairings(SAMPLE, 2024), 'zh')).toBe(
      '1979–2024年每年新结友好城市的柱状图，按伙伴所在地区分色：有年份的共 4 对，1981年最多（2 对）。另有 2 对年份不详。',
    );
  });

  it('formatChartSummary(bins, lang) groups counts, leaves years plain and takes the earliest of equally busy years', () => {
    const many = dataset([
      ...Array.from({ length: 1200 }, (_, i) => pairing(`x${i}`, 1994, 'JP')),
      ...Array.from({ length: 1200 }, (_, i) => pairing(`y${i}`, 2004, 'JP')),
    ]);
    expect(formatChartSummary(binPairings(many, 2024), 'en')).toBe(
      'Bar chart of the ties founded each year, 1994–2024, stacked by partner region: 2,400 dated ties, the most in 1994 (1,200).',
    );
  });

  it('formatChartSummary(bins, lang) says when there is nothing to draw', () => {
    expect(formatChartSummary(binPairings(dataset([pairing('a', 1981, 'JP')]), 2024), 'en')).toBe(
      'Bar chart of the ties founded each year, 1981–2024, stacked by partner region: 1 dated tie, founded in 1981.',
    );
    const undated = dataset([pairing('e', null, 'DE'), pairing('f', null, 'DE')]);
    expect(formatChartSummary(binPairings(undated, 2024), 'en')).toBe('No bars to draw: none of the 2 ties has a year on the axis.');
    expect(formatChartSummary(binPairings(dataset([]), 2024), 'zh')).toBe('没有可绘制的友好城市。');
  });
});
