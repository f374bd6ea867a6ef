import { describe, expect, it } from 'vitest';
import { coordinateReason, isValidLatLon, usablePoint } from '../../../src/data/notOnMap';

const HERE = { lat: 32, lon: 118 };
const NONE = { lat: null, lon: null };

describe('coordinateReason', () => {
  it('coordinateReason is null when both points are usable', () => {
    expect(coordinateReason(HERE, HERE)).toBeNull();
  });

  it('coordinateReason names the side that misses a point', () => {
    expect([coordinateReason(NONE, HERE), coordinateReason(HERE, { lat: 1, lon: null })]).toEqual(['cn-coordinates-missing', 'partner-coordinates-missing']);
  });

  it('coordinateReason is coordinates-missing when both sides miss a point', () => {
    expect(coordinateReason(NONE, NONE)).toBe('coordinates-missing');
  });

  it('coordinateReason reports a point outside the globe', () => {
    expect(coordinateReason(HERE, { lat: 10, lon: 181 })).toBe('coordinates-out-of-range');
  });
});

describe('usablePoint', () => {
  it('usablePoint drops half a point and an out-of-range point', () => {
    expect([usablePoint({ lat: 1, lon: null }), usablePoint({ lat: -91, lon: 0 })]).toEqual([NONE, NONE]);
  });

  it('isValidLatLon accepts the poles and the antimeridian', () => {
    expect(isValidLatLon(-90, 180)).toBe(true);
  });
});
