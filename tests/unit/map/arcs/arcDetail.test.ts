import { describe, expect, it } from 'vitest';
import { arcDetailLevel } from '../../../../src/map/arcs/arcDetail';

describe('arcDetailLevel', () => {
  it('arcDetailLevel(zoom, 1, true) draws every other point while the whole globe fits on the screen', () => {
    expect(arcDetailLevel(0, 1, true)).toBe(1);
    expect(arcDetailLevel(1.6, 1, true)).toBe(1);
  });

  it('arcDetailLevel(zoom, 1, true) draws every point once zoomed in', () => {
    expect(arcDetailLevel(2, 1, true)).toBe(0);
    expect(arcDetailLevel(9, 1, true)).toBe(0);
  });

  it('arcDetailLevel(zoom, ratio, true) counts device pixels', () => {
    expect(arcDetailLevel(1.6, 2, true)).toBe(0);
    expect(arcDetailLevel(1.6, 0, true)).toBe(arcDetailLevel(1.6, 1, true));
  });

  it('arcDetailLevel(zoom, ratio, false) draws every point on the Mercator map', () => {
    expect(arcDetailLevel(0, 1, false)).toBe(0);
    expect(arcDetailLevel(1.6, 1, false)).toBe(0);
  });
});
