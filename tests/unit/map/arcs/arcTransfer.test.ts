import { describe, expect, it } from 'vitest';
import { buildArcGeometry } from '../../../../src/map/arcs/arcGeometry';
import { createArcGeometryBuilder } from '../../../../src/map/arcs/arcGeometryBuilder';
import { arcCount, geometryBuffers, packArcs, unpackArcs } from '../../../../src/map/arcs/arcTransfer';
import type { ArcDatum } from '../../../../src/map/arcs/arcTypes';

const arcs: ArcDatum[] = [
  { from: [118.78, 32.06], to: [139.69, 35.69], year: 1979, color: [0.1, 0.2, 0.3], cnIndex: 0, partnerIndex: 4 },
  { from: [120.3, 31.57], to: [-122.42, 37.77], year: null, color: [1, 0, 0.5], cnIndex: 2, partnerIndex: 7 },
  { from: [Number.NaN, 0], to: [10, 10], year: 2001, color: [0, 0, 0], cnIndex: 3, partnerIndex: 1 },
];

describe('packArcs / unpackArcs', () => {
  it('unpackArcs(packArcs(arcs)) gives the arcs back, unknown years and bad coordinates included', () => {
    const back = unpackArcs(packArcs(arcs));
    expect(back.slice(0, 2)).toEqual(arcs.slice(0, 2));
    expect(back[2]!.from[0]).toBeNaN();
    expect(back[2]!.year).toBe(2001);
  });

  it('packs ten floats per arc, and an empty list to an empty array', () => {
    expect(packArcs(arcs)).toHaveLength(30);
    expect(arcCount(packArcs(arcs))).toBe(3);
    expect(arcCount(arcs)).toBe(3);
    expect(unpackArcs(packArcs([]))).toEqual([]);
  });
});

describe('geometryBuffers', () => {
  it('lists every typed array of a geometry once, so a transfer leaves none behind', () => {
    const geometry = buildArcGeometry(arcs);
    const buffers = geometryBuffers(geometry);
    const arrays = [geometry.points, geometry.arcs, geometry.years, geometry.order, ...geometry.firstPoints];
    expect(buffers).toHaveLength(arrays.length);
    expect(new Set(buffers).size).toBe(arrays.length);
    for (const array of arrays) expect(buffers).toContain(array.buffer);
  });
});

describe('createArcGeometryBuilder', () => {
  it('builds a small list at once, the same geometry as buildArcGeometry', () => {
    const built = createArcGeometryBuilder(10).build(arcs);
    expect(built).not.toBeInstanceOf(Promise);
    expect(built).toEqual(buildArcGeometry(arcs));
  });

  it('builds on the main thread when no worker can start (as in Node), even for a large list', async () => {
    const builder = createArcGeometryBuilder(1);
    expect(await builder.build(arcs)).toEqual(buildArcGeometry(arcs));
    builder.destroy();
  });

  it('builds a packed list as the same arcs given one by one, and leaves the list given intact', async () => {
    const packed = packArcs(arcs);
    expect(createArcGeometryBuilder(10).build(packed)).toEqual(buildArcGeometry(arcs));
    const builder = createArcGeometryBuilder(1);
    expect(await builder.build(packed)).toEqual(buildArcGeometry(arcs));
    expect(packed).toHaveLength(30);
    builder.destroy();
  });
});
