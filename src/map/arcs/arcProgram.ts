/**
 * The arc layer's shader programs: one per MapLibre projection variant (globe, Mercator), compiled
 * on first use and cached by `shaderData.variantName`, with the projection uniforms filled from
 * `defaultProjectionData`.
 */
import type { CustomRenderMethodInput } from 'maplibre-gl';
import { ARC_FRAGMENT_SOURCE, ARC_UNIFORMS, arcVertexSource, type ArcUniform } from './arcShaders';

/** MapLibre's projection uniforms, read by `projectTileWithElevation` in the prelude. */
const PROJECTION_UNIFORMS = [
  'u_projection_matrix',
  'u_projection_fallback_matrix',
  'u_projection_tile_mercator_coords',
  'u_projection_clipping_plane',
  'u_projection_transition',
] as const;

type ProjectionUniform = (typeof PROJECTION_UNIFORMS)[number];

/** A linked program and the locations of its uniforms (null when the variant does not use one). */
export interface ArcProgram {
  program: WebGLProgram;
  uniforms: Record<ArcUniform | ProjectionUniform, WebGLUniformLocation | null>;
}

function compile(gl: WebGL2RenderingContext, type: GLenum, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('arc layer: cannot create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) {
    const log = gl.getShaderInfoLog(shader);
    gl.deleteShader(shader);
    throw new Error(`arc layer: shader does not compile: ${log}`);
  }
  return shader;
}

function link(gl: WebGL2RenderingContext, vertexSource: string): ArcProgram {
  const vertex = compile(gl, gl.VERTEX_SHADER, vertexSource);
  const fragment = compile(gl, gl.FRAGMENT_SHADER, ARC_FRAGMENT_SOURCE);
  const program = gl.createProgram();
  if (!program) throw new Error('arc layer: cannot create a program');
  gl.attachShader(program, vertex);
  gl.attachShader(program, fragment);
  gl.linkProgram(program);
  gl.deleteShader(vertex);
  gl.deleteShader(fragment);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    const log = gl.getProgramInfoLog(program);
    gl.deleteProgram(program);
    throw new Error(`arc layer: program does not link: ${log}`);
  }
  const uniforms = {} as ArcProgram['uniforms'];
  for (const name of [...ARC_UNIFORMS, ...PROJECTION_UNIFORMS]) {
    uniforms[name] = gl.getUniformLocation(program, name);
  }
  return { program, uniforms };
}

/** A matrix MapLibre may hand over in 64-bit floats, as WebGL wants it. */
function toFloat32(matrix: ArrayLike<number>): Float32Array {
  return matrix instanceof Float32Array ? matrix : Float32Array.from(matrix);
}

/** Programs by projection variant, for one GL context. */
export interface ArcPrograms {
  /** The program for the frame's projection, compiled on first use, made current, projection uniforms set. */
  use(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): ArcProgram;
  /** Deletes every program (harmless on a lost context). */
  destroy(gl: WebGL2RenderingContext): void;
}

/** An empty cache of programs. */
export function createArcPrograms(): ArcPrograms {
  const byVariant = new Map<string, ArcProgram>();
  return {
    use(gl, { shaderData, defaultProjectionData: data }) {
      let entry = byVariant.get(shaderData.variantName);
      if (!entry) {
        entry = link(gl, arcVertexSource(shaderData.vertexShaderPrelude, shaderData.define));
        byVariant.set(shaderData.variantName, entry);
      }
      const u = entry.uniforms;
      gl.useProgram(entry.program);
      gl.uniformMatrix4fv(u.u_projection_matrix, false, toFloat32(data.mainMatrix));
      gl.uniformMatrix4fv(u.u_projection_fallback_matrix, false, toFloat32(data.fallbackMatrix));
      gl.uniform4fv(u.u_projection_tile_mercator_coords, data.tileMercatorCoords);
      gl.uniform4fv(u.u_projection_clipping_plane, data.clippingPlane);
      gl.uniform1f(u.u_projection_transition, data.projectionTransition);
      return entry;
    },
    destroy(gl) {
      for (const { program } of byVariant.values()) gl.deleteProgram(program);
      byVariant.clear();
    },
  };
}
