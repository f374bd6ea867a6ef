import { describe, expect, it } from 'vitest';
import { arcStyle } from '../../../../src/map/arcs/arcStyle';

describe('arcStyle', () => {
  it('arcStyle makes arcs more translucent as more are shown', () => {
    const few = arcStyle({ zoom: 2, count: 100, pixelRatio: 1 });
    const many = arcStyle({ zoom: 2, count: 3000, pixelRatio: 1 });
    expect(many.alpha).toBeLessThan(few.alpha);
    expect(many.width).toBeLessThan(few.width);
  });

  it('arcStyle keeps opacity in a visible range for any count', () => {
    for (const count of [0, 1, 10, 1e3, 1e5, 1e7]) {
      const { alpha } = arcStyle({ zoom: 1, count, pixelRatio: 1 });
      expect(alpha).toBeGreaterThanOrEqual(0.05);
      expect(alpha).toBeLessThanOrEqual(0.9);
    }
  });

  it('arcStyle widens and strengthens arcs as the map zooms in', () => {
    const out = arcStyle({ zoom: 1, count: 2500, pixelRatio: 1 });
    const inside = arcStyle({ zoom: 5, count: 2500, pixelRatio: 1 });
    expect(inside.width).toBeGreaterThan(out.width);
    expect(inside.alpha).toBeGreaterThan(out.alpha);
  });

  it('arcStyle gives widths in device pixels', () => {
    const one = arcStyle({ zoom: 3, count: 500, pixelRatio: 1 });
    const two = arcStyle({ zoom: 3, count: 500, pixelRatio: 2 });
    expect(two.width).toBeCloseTo(one.width * 2, 9);
    expect(two.focusWidth).toBeCloseTo(one.focusWidth * 2, 9);
  });

  it('arcStyle emphasises the selected city more than the hovered one, both more than the rest', () => {
    const s = arcStyle({ zoom: 2, count: 2500, pixelRatio: 1 });
    expect(s.focusAlpha).toBeGreaterThan(s.hoverAlpha);
    expect(s.hoverAlpha).toBeGreaterThan(s.alpha);
    expect(s.focusWidth).toBeGreaterThan(s.hoverWidth);
    expect(s.hoverWidth).toBeGreaterThan(s.width);
    expect(s.dim).toBeLessThan(1);
  });
});
