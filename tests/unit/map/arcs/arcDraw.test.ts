import { describe, expect, it } from 'vitest';
import type { ArcBuffers } from '../../../../src/map/arcs/arcBuffers';
import { drawArcs, drawsHairlines, type ArcFrame } from '../../../../src/map/arcs/arcDraw';
import type { ArcProgram } from '../../../../src/map/arcs/arcProgram';
import { ARC_UNIFORMS } from '../../../../src/map/arcs/arcShaders';
import { arcStyle } from '../../../../src/map/arcs/arcStyle';

const LINES = 1;
const TRIANGLE_STRIP = 5;

/** A context that records, in order, the value of `u_hairline` and each draw call's mode, first vertex and count. */
function recordingGl(): { gl: WebGL2RenderingContext; calls: string[] } {
  const calls: string[] = [];
  let firstVertex = 0;
  const methods: Record<string, (...args: unknown[]) => unknown> = {
    uniform1f: (location, value) => {
      if (location === 'u_hairline') calls.push(`hairline ${value}`);
    },
    uniform1i: (location, value) => {
      if (location === 'u_first_vertex') firstVertex = value as number;
    },
    drawArrays: (mode, _first, count) => {
      calls.push(`${mode === LINES ? 'lines' : mode === TRIANGLE_STRIP ? 'strip' : `mode ${mode}`} ${firstVertex}+${count}`);
    },
  };
  const gl = new Proxy(
    {},
    {
      get(_target, name: string) {
        if (name in methods) return methods[name];
        if (name === 'LINES') return LINES;
        if (name === 'TRIANGLE_STRIP') return TRIANGLE_STRIP;
        if (/^[A-Z0-9_]+$/.test(name)) return 0;
        if (name === 'drawingBufferWidth' || name === 'drawingBufferHeight') return 512;
        return (): void => undefined;
      },
    },
  );
  return { gl: gl as WebGL2RenderingContext, calls };
}

/** A program whose uniform locations are their names, so that the recording context can tell them apart. */
const PROGRAM = {
  program: {},
  uniforms: Object.fromEntries(ARC_UNIFORMS.map((name) => [name, name])),
} as unknown as ArcProgram;

const BUFFERS = { bind: () => undefined, unbind: () => undefined } as unknown as ArcBuffers;

function frame(count: number, pixelRatio: number, focus = -1): ArcFrame {
  return {
    heightScale: 1,
    yearWindow: { from: -Infinity, to: Infinity, includeUnknown: true },
    grow: { year: 0, progress: 1 },
    focus: { cnIndex: focus, partnerIndex: -1 },
    hover: { cnIndex: -1, partnerIndex: -1 },
    style: arcStyle({ zoom: 1, count, pixelRatio }),
    step: 2,
    runs: [
      [0, 40],
      [60, 100],
    ],
    copies: [0],
  };
}

describe('drawsHairlines', () => {
  it('draws thousands of arcs on a screen of pixel ratio 1 as lines, and few arcs or a denser screen as strips', () => {
    expect(drawsHairlines(arcStyle({ zoom: 1, count: 30_000, pixelRatio: 1 }))).toBe(true);
    expect(drawsHairlines(arcStyle({ zoom: 1, count: 10_000, pixelRatio: 1 }))).toBe(true);
    // The shipped dataset's count: its default view stays as it was.
    expect(drawsHairlines(arcStyle({ zoom: 1, count: 2_432, pixelRatio: 1 }))).toBe(false);
    expect(drawsHairlines(arcStyle({ zoom: 1, count: 30_000, pixelRatio: 2 }))).toBe(false);
    expect(drawsHairlines(arcStyle({ zoom: 6, count: 30_000, pixelRatio: 1 }))).toBe(false);
  });

  it('is exactly the width at which a strip stops growing thinner and fades instead: one device pixel', () => {
    const style = arcStyle({ zoom: 1, count: 30_000, pixelRatio: 1 });
    expect(drawsHairlines({ ...style, width: 1 })).toBe(true);
    expect(drawsHairlines({ ...style, width: 1.0001 })).toBe(false);
  });
});

describe('drawArcs', () => {
  it('draws the same vertex ranges as lines when hairlines are due and as strips otherwise', () => {
    const thin = recordingGl();
    drawArcs(thin.gl, PROGRAM, BUFFERS, frame(30_000, 1));
    expect(thin.calls).toEqual(['hairline 1', 'lines 0+40', 'lines 60+100']);

    const wide = recordingGl();
    drawArcs(wide.gl, PROGRAM, BUFFERS, frame(30_000, 2));
    expect(wide.calls).toEqual(['hairline 0', 'strip 0+40', 'strip 60+100']);
  });

  it('draws the emphasised arcs of a selected city as strips over hairlines', () => {
    const { gl, calls } = recordingGl();
    drawArcs(gl, PROGRAM, BUFFERS, frame(30_000, 1, 3));
    expect(calls).toEqual(['hairline 1', 'lines 0+40', 'lines 60+100', 'hairline 0', 'strip 0+40', 'strip 60+100']);
  });
});
