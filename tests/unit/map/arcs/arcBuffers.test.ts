import { describe, expect, it } from 'vitest';
import { createArcBuffers, dataTextureSize, UPLOAD_ROWS_PER_FRAME } from '../../../../src/map/arcs/arcBuffers';
import { buildArcGeometry } from '../../../../src/map/arcs/arcGeometry';
import { ARC_TEXTURE_WIDTH } from '../../../../src/map/arcs/arcShaders';

describe('dataTextureSize', () => {
  it('dataTextureSize(texels) is as many full-width rows as the texels need', () => {
    expect(dataTextureSize(1)).toEqual([ARC_TEXTURE_WIDTH, 1]);
    expect(dataTextureSize(ARC_TEXTURE_WIDTH)).toEqual([ARC_TEXTURE_WIDTH, 1]);
    expect(dataTextureSize(ARC_TEXTURE_WIDTH + 1)).toEqual([ARC_TEXTURE_WIDTH, 2]);
  });

  it('dataTextureSize(0) is still one row, a valid texture', () => {
    expect(dataTextureSize(0)).toEqual([ARC_TEXTURE_WIDTH, 1]);
  });
});

/** A WebGL2 context that only records texture uploads (enough for createArcBuffers). */
function recordingContext(): { gl: WebGL2RenderingContext; rows: Map<unknown, number[]> } {
  const rows = new Map<unknown, number[]>();
  let bound: unknown = null;
  let next = 0;
  const gl = {
    TEXTURE_2D: 1,
    TEXTURE0: 100,
    MAX_TEXTURE_SIZE: 2,
    RGBA32F: 3,
    RGBA: 4,
    FLOAT: 5,
    R8: 6,
    RED: 7,
    UNSIGNED_BYTE: 8,
    getParameter: () => 16384,
    createVertexArray: () => ({}),
    createTexture: () => ({ texture: next++ }),
    bindTexture: (_target: number, texture: unknown) => {
      bound = texture;
    },
    activeTexture: () => undefined,
    texParameteri: () => undefined,
    texImage2D: () => undefined,
    texSubImage2D: (_t: number, _l: number, x: number, y: number, width: number, height: number) => {
      const list = rows.get(bound) ?? [];
      for (let row = y; row < y + height; row++) list.push(row * ARC_TEXTURE_WIDTH + x, width);
      rows.set(bound, list);
    },
  };
  return { gl: gl as unknown as WebGL2RenderingContext, rows };
}

describe('createArcBuffers', () => {
  it('uploads the points a few rows per call, each texel exactly once, and says when all are on the GPU', () => {
    const texels = ARC_TEXTURE_WIDTH * (2 * UPLOAD_ROWS_PER_FRAME + 3) + 17;
    const geometry = buildArcGeometry([]);
    const points = new Float32Array(texels * 4);
    const { gl, rows } = recordingContext();
    const buffers = createArcBuffers(gl, { ...geometry, points }, new Uint8Array(0));
    const filledAtCreation = [...rows.keys()];
    let calls = 1;
    while (!buffers.upload(gl, 0, texels) && calls < 10) calls++;
    expect(calls).toBe(3);
    expect(buffers.upload(gl, 0, texels)).toBe(true);
    const uploaded = [...rows.entries()].find(([texture]) => !filledAtCreation.includes(texture))?.[1] ?? [];
    let covered = 0;
    for (let k = 0; k < uploaded.length; k += 2) {
      expect(uploaded[k]).toBe(covered);
      covered += uploaded[k + 1]!;
    }
    expect(covered).toBe(texels);
  });

  it('uploads one level of detail first, and then only the rows another level still lacks', () => {
    const rowsOfLevel = UPLOAD_ROWS_PER_FRAME + 5;
    const texels = ARC_TEXTURE_WIDTH * 2 * rowsOfLevel;
    const split = ARC_TEXTURE_WIDTH * rowsOfLevel + 10;
    const { gl, rows } = recordingContext();
    const buffers = createArcBuffers(gl, { ...buildArcGeometry([]), points: new Float32Array(texels * 4) }, new Uint8Array(0));
    const filledAtCreation = [...rows.keys()];
    const pointRows = (): number[] => {
      const list = [...rows.entries()].find(([texture]) => !filledAtCreation.includes(texture))?.[1] ?? [];
      return list.filter((_, k) => k % 2 === 0).map((texel) => Math.floor(texel / ARC_TEXTURE_WIDTH));
    };
    const uploadAll = (from: number, to: number): number => {
      let calls = 1;
      while (!buffers.upload(gl, from, to) && calls < 10) calls++;
      return calls;
    };
    expect(buffers.uploaded(split, texels)).toBe(false);
    expect(uploadAll(split, texels)).toBe(2);
    const second = pointRows();
    expect(Math.min(...second)).toBe(rowsOfLevel);
    expect(buffers.uploaded(split, texels)).toBe(true);
    expect(buffers.uploaded(0, split)).toBe(false);
    expect(uploadAll(0, split)).toBe(2);
    const all = pointRows();
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all).size).toBe(2 * rowsOfLevel);
  });
});
