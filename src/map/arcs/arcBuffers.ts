/**
 * The arc layer's GPU data: the packed geometry of arcGeometry.ts uploaded once per dataset into
 * two float textures (points, and arc attributes) that the vertex shader reads with `texelFetch`,
 * and an empty vertex array, since the strip has no vertex attributes (see arcShaders.ts).
 */
import type { ArcGeometry } from './arcGeometry';
import { ARC_TEXTURE_UNITS, ARC_TEXTURE_WIDTH } from './arcShaders';

/** Uploaded geometry, ready to draw. */
export interface ArcBuffers {
  /** Binds the vertex array and the data textures to their units ({@link ARC_TEXTURE_UNITS}). */
  bind(gl: WebGL2RenderingContext): void;
  /** Unbinds what {@link ArcBuffers.bind} bound, leaving texture unit 0 active. */
  unbind(gl: WebGL2RenderingContext): void;
  /** Frees the textures and the vertex array (harmless on a lost context). */
  destroy(gl: WebGL2RenderingContext): void;
}

/** The size of a texture holding `texels` RGBA texels, as [width, height]. */
export function dataTextureSize(texels: number): [number, number] {
  return [ARC_TEXTURE_WIDTH, Math.max(1, Math.ceil(texels / ARC_TEXTURE_WIDTH))];
}

/** A texture of RGBA float texels from `data` (4 floats each), row by row, for `texelFetch`. */
function createDataTexture(gl: WebGL2RenderingContext, data: Float32Array): WebGLTexture {
  const texels = data.length / 4;
  const [width, height] = dataTextureSize(texels);
  if (height > gl.getParameter(gl.MAX_TEXTURE_SIZE)) {
    throw new Error(`arc layer: ${texels} texels exceed this GPU's largest texture`);
  }
  const texture = gl.createTexture();
  if (!texture) throw new Error('arc layer: cannot create a WebGL texture');
  gl.bindTexture(gl.TEXTURE_2D, texture);
  // Float textures cannot be filtered, and the default minification filter wants mipmaps.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, width, height, 0, gl.RGBA, gl.FLOAT, null);
  const fullRows = Math.floor(texels / width);
  if (fullRows > 0) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, fullRows, gl.RGBA, gl.FLOAT, data, 0);
  const rest = texels - fullRows * width;
  if (rest > 0) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, fullRows, rest, 1, gl.RGBA, gl.FLOAT, data, fullRows * width * 4);
  return texture;
}

/** Uploads `geometry` into new textures and creates the vertex array. */
export function createArcBuffers(gl: WebGL2RenderingContext, geometry: ArcGeometry): ArcBuffers {
  const vao = gl.createVertexArray();
  if (!vao) throw new Error('arc layer: cannot create a WebGL vertex array');
  const textures: WebGLTexture[] = [];
  try {
    gl.activeTexture(gl.TEXTURE0);
    textures.push(createDataTexture(gl, geometry.points), createDataTexture(gl, geometry.arcs));
  } catch (error) {
    for (const texture of textures) gl.deleteTexture(texture);
    gl.deleteVertexArray(vao);
    throw error;
  } finally {
    gl.bindTexture(gl.TEXTURE_2D, null);
  }
  const [points, arcs] = textures as [WebGLTexture, WebGLTexture];
  const units: [number, WebGLTexture][] = [
    [ARC_TEXTURE_UNITS.points, points],
    [ARC_TEXTURE_UNITS.arcs, arcs],
  ];

  return {
    bind(context) {
      context.bindVertexArray(vao);
      for (const [unit, texture] of units) {
        context.activeTexture(context.TEXTURE0 + unit);
        context.bindTexture(context.TEXTURE_2D, texture);
      }
      context.activeTexture(context.TEXTURE0);
    },
    unbind(context) {
      context.bindVertexArray(null);
      for (const [unit] of units) {
        context.activeTexture(context.TEXTURE0 + unit);
        context.bindTexture(context.TEXTURE_2D, null);
      }
      context.activeTexture(context.TEXTURE0);
    },
    destroy(context) {
      context.deleteVertexArray(vao);
      context.deleteTexture(points);
      context.deleteTexture(arcs);
    },
  };
}

