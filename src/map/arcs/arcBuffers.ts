/**
 * The arc layer's GPU data: the packed geometry of arcGeometry.ts uploaded once per dataset into
 * two float textures (points, and arc attributes) that the vertex shader reads with `texelFetch`,
 * a byte texture with the filter mask (one texel per arc, replaced without touching the geometry),
 * and an empty vertex array, since the strip has no vertex attributes (see arcShaders.ts).
 */
import type { ArcGeometry } from './arcGeometry';
import { ARC_TEXTURE_UNITS, ARC_TEXTURE_WIDTH } from './arcShaders';

/** Geometry on the GPU: the points arrive over several frames ({@link ArcBuffers.upload}). */
export interface ArcBuffers {
  /**
   * Uploads up to {@link UPLOAD_ROWS_PER_FRAME} more rows of the points in [from, to) (one level of
   * detail); true once all of those points are on the GPU and that level can be drawn. Rows already
   * uploaded for another level are not sent again.
   */
  upload(gl: WebGL2RenderingContext, from: number, to: number): boolean;
  /** Whether every point in [from, to) is on the GPU. */
  uploaded(from: number, to: number): boolean;
  /** Binds the vertex array and the data textures to their units ({@link ARC_TEXTURE_UNITS}). */
  bind(gl: WebGL2RenderingContext): void;
  /** Unbinds what {@link ArcBuffers.bind} bound, leaving texture unit 0 active. */
  unbind(gl: WebGL2RenderingContext): void;
  /** Replaces the filter mask: one byte per arc in drawing order, 1 shown, 0 filtered out. */
  setMask(gl: WebGL2RenderingContext, mask: Uint8Array): void;
  /** Frees the textures and the vertex array (harmless on a lost context). */
  destroy(gl: WebGL2RenderingContext): void;
}

/** The size of a texture holding `texels` RGBA texels, as [width, height]. */
export function dataTextureSize(texels: number): [number, number] {
  return [ARC_TEXTURE_WIDTH, Math.max(1, Math.ceil(texels / ARC_TEXTURE_WIDTH))];
}

/** How a data texture stores its texels. */
interface TexelFormat {
  internal: number;
  format: number;
  type: number;
  /** Array elements per texel. */
  size: number;
}

/**
 * Rows of the points texture uploaded per frame: 64 rows of 4,096 texels are 4 MB, which software
 * rendering copies in a few tens of milliseconds. The points of 100,000 arcs at the level of detail
 * of a globe that fits on the screen take about 9 frames to arrive, the full detail about 17 more when
 * a view first needs it, and no frame stalls the page meanwhile.
 */
export const UPLOAD_ROWS_PER_FRAME = 64;

/**
 * Fills rows [firstRow, endRow) of a bound data texture from `data`, whose texels follow each
 * other row by row (the last row may be partial).
 */
function uploadRows(
  gl: WebGL2RenderingContext,
  data: Float32Array | Uint8Array,
  { format, type, size }: TexelFormat,
  firstRow = 0,
  endRow = Number.POSITIVE_INFINITY,
): void {
  const texels = data.length / size;
  const width = ARC_TEXTURE_WIDTH;
  const fullRows = Math.floor(texels / width);
  const fullEnd = Math.min(endRow, fullRows);
  if (fullEnd > firstRow) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, firstRow, width, fullEnd - firstRow, format, type, data, firstRow * width * size);
  const rest = texels - fullRows * width;
  if (rest > 0 && fullRows >= firstRow && fullRows < endRow)
    gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, fullRows, rest, 1, format, type, data, fullRows * width * size);
}

/** A texture for `texelFetch`, sized for the texels of `data`; filled now unless `fill` is false. */
function createDataTexture(gl: WebGL2RenderingContext, data: Float32Array | Uint8Array, texel: TexelFormat, fill = true): WebGLTexture {
  const texels = data.length / texel.size;
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
  gl.texImage2D(gl.TEXTURE_2D, 0, texel.internal, width, height, 0, texel.format, texel.type, null);
  if (fill) uploadRows(gl, data, texel);
  return texture;
}

/** Creates the textures of `geometry` (the arcs and the mask filled, the points to {@link ArcBuffers.upload}) and the vertex array. */
export function createArcBuffers(gl: WebGL2RenderingContext, geometry: ArcGeometry, mask: Uint8Array): ArcBuffers {
  const floats: TexelFormat = { internal: gl.RGBA32F, format: gl.RGBA, type: gl.FLOAT, size: 4 };
  const bytes: TexelFormat = { internal: gl.R8, format: gl.RED, type: gl.UNSIGNED_BYTE, size: 1 };
  const vao = gl.createVertexArray();
  if (!vao) throw new Error('arc layer: cannot create a WebGL vertex array');
  const textures: WebGLTexture[] = [];
  try {
    gl.activeTexture(gl.TEXTURE0);
    textures.push(createDataTexture(gl, geometry.points, floats, false), createDataTexture(gl, geometry.arcs, floats), createDataTexture(gl, mask, bytes));
  } catch (error) {
    for (const texture of textures) gl.deleteTexture(texture);
    gl.deleteVertexArray(vao);
    throw error;
  } finally {
    gl.bindTexture(gl.TEXTURE_2D, null);
  }
  const [points, arcs, maskTexture] = textures as [WebGLTexture, WebGLTexture, WebGLTexture];
  const units: [number, WebGLTexture][] = [
    [ARC_TEXTURE_UNITS.points, points],
    [ARC_TEXTURE_UNITS.arcs, arcs],
    [ARC_TEXTURE_UNITS.mask, maskTexture],
  ];

  const pointRows = dataTextureSize(geometry.points.length / floats.size)[1];
  /** 1 for each row of the points texture on the GPU. */
  const rowDone = new Uint8Array(pointRows);
  const rowsOf = (from: number, to: number): [number, number] => [Math.floor(from / ARC_TEXTURE_WIDTH), Math.min(pointRows, Math.ceil(to / ARC_TEXTURE_WIDTH))];
  const uploaded = (from: number, to: number): boolean => {
    const [first, end] = rowsOf(from, to);
    for (let row = first; row < end; row++) if (rowDone[row] === 0) return false;
    return true;
  };

  return {
    upload(context, from, to) {
      const [first, end] = rowsOf(from, to);
      let row = first;
      while (row < end && rowDone[row] === 1) row++;
      if (row >= end) return true;
      let stop = row;
      while (stop < end && stop - row < UPLOAD_ROWS_PER_FRAME && rowDone[stop] === 0) stop++;
      context.activeTexture(context.TEXTURE0);
      context.bindTexture(context.TEXTURE_2D, points);
      uploadRows(context, geometry.points, floats, row, stop);
      context.bindTexture(context.TEXTURE_2D, null);
      rowDone.fill(1, row, stop);
      return uploaded(from, to);
    },
    uploaded,
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
    setMask(context, next) {
      context.activeTexture(context.TEXTURE0);
      context.bindTexture(context.TEXTURE_2D, maskTexture);
      uploadRows(context, next, bytes);
      context.bindTexture(context.TEXTURE_2D, null);
    },
    destroy(context) {
      context.deleteVertexArray(vao);
      for (const texture of textures) context.deleteTexture(texture);
    },
  };
}
