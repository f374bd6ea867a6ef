import { describe, expect, it } from 'vitest';
import { arcStyle } from '../../../src/map/arcs/arcStyle';
import { PRESENT_MIN_ARC_PX, presentArcStyle, presentScale } from '../../../src/present/presentScale';

describe('presentScale', () => {
  it('presentScale is 1 at 1920×1080 and 2 at 3840×2160', () => {
    expect([presentScale(1920, 1080), presentScale(3840, 2160)]).toEqual([1, 2]);
  });

  it('presentScale follows the tighter side and never shrinks below 1', () => {
    expect(presentScale(3840, 1080)).toBe(1);
    expect(presentScale(2880, 2160)).toBe(1.5);
    expect(presentScale(1280, 720)).toBe(1);
    expect(presentScale(0, 0)).toBe(1);
  });
});

describe('presentArcStyle', () => {
  it('presentArcStyle keeps crowded arcs at least 3 device pixels wide', () => {
    const crowded = arcStyle({ zoom: 1, count: 3000, pixelRatio: 1 });
    expect(crowded.width).toBeLessThan(PRESENT_MIN_ARC_PX);
    expect(presentArcStyle(crowded, 1).width).toBe(PRESENT_MIN_ARC_PX);
  });

  it('presentArcStyle scales wide arcs and leaves opacities alone', () => {
    const few = arcStyle({ zoom: 4, count: 10, pixelRatio: 2 });
    const present = presentArcStyle(few, 2);
    expect(present.width).toBeCloseTo(few.width * 2);
    expect(present.alpha).toBe(few.alpha);
    expect(present.focusWidth).toBeGreaterThan(present.width);
  });
});
