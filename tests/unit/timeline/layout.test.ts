import { describe, expect, it } from 'vitest';
import { labelScale, layoutChart, yearTickStep } from '../../../src/timeline/layout';

describe('layoutChart', () => {
  it('layoutChart(width, height) keeps the unknown bar right of the plot, inside the chart', () => {
    const layout = layoutChart(1200, 140);
    expect(layout.unknown.left).toBeGreaterThan(layout.plot.left + layout.plot.width + 30);
    expect(layout.unknown.left + layout.unknown.width).toBeLessThanOrEqual(1200);
  });

  it('layoutChart(width, height) gives a valid layout for a chart of zero size', () => {
    const layout = layoutChart(0, 0);
    expect(layout.plot.width).toBeGreaterThan(0);
    expect(layout.plot.height).toBeGreaterThan(0);
  });
});

describe('yearTickStep', () => {
  it('yearTickStep(years, width) labels every 5 years on a wide chart and fewer on a narrow one', () => {
    expect(yearTickStep(54, 1000)).toBe(5);
    expect(yearTickStep(54, 400)).toBe(10);
    expect(yearTickStep(3, 1000)).toBe(1);
  });
});

describe('layoutChart with a label scale', () => {
  it('layoutChart(width, height, 2.6) widens the label margins in proportion and keeps the unknown bar inside', () => {
    const plain = layoutChart(3800, 360);
    const large = layoutChart(3800, 360, 2.6);
    expect(large.plot.left).toBe(Math.round(plain.plot.left * 2.6));
    expect(large.plot.top).toBeGreaterThan(plain.plot.top * 2);
    expect(large.unknown.left + large.unknown.width).toBeLessThanOrEqual(3800);
    expect(large.scale).toBe(2.6);
  });

  it('labelScale(fontPx) is 1 at the ordinary 12 px and grows with presenter mode’s larger text', () => {
    expect(labelScale(12)).toBe(1);
    expect(labelScale(Number.NaN)).toBe(1);
    expect(labelScale(30)).toBeCloseTo(29 / 11);
  });
});
