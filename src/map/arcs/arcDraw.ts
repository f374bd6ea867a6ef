/**
 * One frame of the arc layer: its uniforms and draw calls. Each run of arcs in the year window is
 * one non-instanced triangle strip (or list of lines, see drawsHairlines) per pass and world copy,
 * whatever the number of arcs: software WebGL (SwiftShader) pays dearly for every instance of an
 * instanced draw, so there is none.
 */
import type { ArcBuffers } from './arcBuffers';
import type { ArcCityRef } from './arcTypes';
import type { ArcProgram } from './arcProgram';
import { ARC_TEXTURE_UNITS } from './arcShaders';
import type { ArcStyle } from './arcStyle';

/** What one frame draws. */
export interface ArcFrame {
  /** Share of their apex height the arcs rise to: the projection transition on the globe, 0 flat. */
  heightScale: number;
  /** Years shown, as in `ArcLayer.setYearWindow`. */
  yearWindow: { from: number; to: number; includeUnknown: boolean };
  /** The year growing in the play animation (a year no arc has when none) and its progress, 0..1. */
  grow: { year: number; progress: number };
  /** The selected city; -1 indexes match nothing. */
  focus: ArcCityRef;
  /** The hovered city, likewise. */
  hover: ArcCityRef;
  /** Widths and opacities for the zoom and the number of arcs shown. */
  style: ArcStyle;
  /** Points of the full list per point of the level of detail drawn. */
  step: number;
  /** Strip vertices of each run at that level, as [first, count]. */
  runs: readonly [number, number][];
  /** Offsets of the world copies to draw, in world widths. */
  copies: readonly number[];
}

/** Year window bounds are clamped to this magnitude, since -Infinity makes a poor uniform. */
const YEAR_LIMIT = 1e9;

function isActive(ref: ArcCityRef): boolean {
  return ref.cnIndex >= 0 || ref.partnerIndex >= 0;
}

function setUniforms(gl: WebGL2RenderingContext, { uniforms: u }: ArcProgram, frame: ArcFrame): void {
  const { yearWindow, grow, focus, hover, style } = frame;
  gl.uniform1i(u.u_points, ARC_TEXTURE_UNITS.points);
  gl.uniform1i(u.u_arcs, ARC_TEXTURE_UNITS.arcs);
  gl.uniform1i(u.u_mask, ARC_TEXTURE_UNITS.mask);
  gl.uniform1f(u.u_step, frame.step);
  gl.uniform2f(u.u_viewport, gl.drawingBufferWidth, gl.drawingBufferHeight);
  gl.uniform1f(u.u_height_scale, frame.heightScale);
  gl.uniform2f(u.u_year_window, Math.max(yearWindow.from, -YEAR_LIMIT), Math.min(yearWindow.to, YEAR_LIMIT));
  gl.uniform1f(u.u_include_unknown, yearWindow.includeUnknown ? 1 : 0);
  gl.uniform2f(u.u_grow, grow.year, grow.progress);
  gl.uniform2f(u.u_focus, focus.cnIndex, focus.partnerIndex);
  gl.uniform2f(u.u_hover, hover.cnIndex, hover.partnerIndex);
  gl.uniform1f(u.u_width, style.width);
  gl.uniform1f(u.u_alpha, style.alpha);
  gl.uniform2f(u.u_emphasis_width, style.focusWidth, style.hoverWidth);
  gl.uniform2f(u.u_emphasis_alpha, style.focusAlpha, style.hoverAlpha);
  gl.uniform1f(u.u_dim, style.dim);
}

/**
 * Whether the arcs of the first pass are drawn as lines one pixel wide: when they are no wider than
 * that (thousands of arcs at a pixel ratio of 1). A strip that thin is drawn one pixel wide at a
 * lower opacity anyway, and a line puts the same colour in half the pixels, from half the vertex
 * work (no neighbours, one projection per point): software WebGL draws them in about half the time.
 * The emphasised arcs of the second pass, wider, are always strips.
 */
export function drawsHairlines(style: ArcStyle): boolean {
  return style.width <= 1;
}

/**
 * Draws `frame` with `program` (current, projection uniforms set) from `buffers`: the arcs, then,
 * only while a city is selected or hovered, a second pass with the emphasised arcs on top.
 */
export function drawArcs(gl: WebGL2RenderingContext, program: ArcProgram, buffers: ArcBuffers, frame: ArcFrame): void {
  setUniforms(gl, program, frame);
  gl.disable(gl.DEPTH_TEST);
  gl.disable(gl.STENCIL_TEST);
  gl.disable(gl.CULL_FACE);
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
  const passes = isActive(frame.focus) || isActive(frame.hover) ? [0, 1] : [0];
  buffers.bind(gl);
  for (const pass of passes) {
    const lines = pass === 0 && drawsHairlines(frame.style);
    gl.uniform1f(program.uniforms.u_pass, pass);
    gl.uniform1f(program.uniforms.u_hairline, lines ? 1 : 0);
    for (const offset of frame.copies) {
      gl.uniform1f(program.uniforms.u_world_offset, offset);
      for (const [first, vertices] of frame.runs) {
        gl.uniform1i(program.uniforms.u_first_vertex, first);
        gl.drawArrays(lines ? gl.LINES : gl.TRIANGLE_STRIP, 0, vertices);
      }
    }
  }
  buffers.unbind(gl);
}
