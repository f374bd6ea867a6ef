import { describe, expect, it } from 'vitest';
import { layoutChart, yearTickStep } from '../../../src/timeline/layout';

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
