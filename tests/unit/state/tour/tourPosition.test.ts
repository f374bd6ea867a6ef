import { describe, expect, it } from 'vitest';
import { moveTourStep } from '../../../../src/state/tour/tourPosition';

describe('moveTourStep', () => {
  it('moveTourStep steps forward and back', () => {
    expect([moveTourStep(2, 5, 'next'), moveTourStep(2, 5, 'previous')]).toEqual([3, 1]);
  });

  it('moveTourStep stops at both ends instead of wrapping', () => {
    expect([moveTourStep(4, 5, 'next'), moveTourStep(0, 5, 'previous')]).toEqual([4, 0]);
  });

  it('moveTourStep jumps to the first and last step', () => {
    expect([moveTourStep(2, 5, 'first'), moveTourStep(2, 5, 'last')]).toEqual([0, 4]);
  });

  it('moveTourStep clamps an out-of-range step and an empty tour', () => {
    expect([moveTourStep(9, 5, 'previous'), moveTourStep(3, 0, 'next')]).toEqual([3, 0]);
  });
});
