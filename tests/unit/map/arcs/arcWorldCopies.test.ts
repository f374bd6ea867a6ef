import { describe, expect, it } from 'vitest';
import { mercatorWorldCopies } from '../../../../src/map/arcs/arcWorldCopies';

describe('mercatorWorldCopies', () => {
  it('mercatorWorldCopies(west, east) draws the neighbours of a view inside one world', () => {
    // Arcs from the world square reach half a world beyond its edges, into either neighbour.
    expect(mercatorWorldCopies(-170, 170)).toEqual([0, -1, 1]);
  });

  it('mercatorWorldCopies(west, east) follows a view panned one world to the east', () => {
    expect(mercatorWorldCopies(190, 530)).toEqual([1, 0, 2]);
  });

  it('mercatorWorldCopies(west, east) skips a neighbour the view is far from', () => {
    // x from 0.6 to 0.75: copy -1 reaches only to x 0.5.
    expect(mercatorWorldCopies(36, 90)).toEqual([0, 1]);
  });

  it('mercatorWorldCopies(west, east) caps the copies of a whole-Earth-wide view at seven', () => {
    const copies = mercatorWorldCopies(-1000, 1000);
    expect(copies).toHaveLength(7);
    expect(copies[0]).toBe(0);
  });

  it('mercatorWorldCopies(west, east, extent) skips the copies the arcs cannot reach', () => {
    // The arcs span x 0.3..1.35; the view x 0.38..1.2 shows none of copy -1 (to 0.35) or 1 (from 1.3).
    expect(mercatorWorldCopies(-43.2, 252, [0.3, 1.35])).toEqual([0]);
    expect(mercatorWorldCopies(-60, 252, [0.3, 1.35])).toEqual([0, -1]);
  });
});
