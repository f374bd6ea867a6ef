/**
 * The arc layer's GPU buffers: the packed geometry of arcGeometry.ts uploaded once per dataset,
 * and a vertex array that reads it as per-instance attributes (see arcShaders.ts).
 */
import { ATTRIBUTE_BYTES, POINT_FLOATS, type ArcGeometry } from './arcGeometry';
import { ARC_ATTRIBUTES } from './arcShaders';

/** Uploaded geometry, ready to draw. */
export interface ArcBuffers {
  /**
   * Binds the vertex array, its attributes starting at instance `first` (WebGL2 has no base
   * instance: the attribute offsets move instead; nothing is uploaded).
   */
  bind(gl: WebGL2RenderingContext, first: number): void;
  /** Frees the buffers and the vertex array (harmless on a lost context). */
  destroy(gl: WebGL2RenderingContext): void;
}

const POINT_BYTES = POINT_FLOATS * 4;
/** Instance i reads points i..i+3: the same buffer four times, one point further each time. */
const NEIGHBOURS = [ARC_ATTRIBUTES.p0, ARC_ATTRIBUTES.p1, ARC_ATTRIBUTES.p2, ARC_ATTRIBUTES.p3];

/** Uploads `geometry` into new buffers and a vertex array. */
export function createArcBuffers(gl: WebGL2RenderingContext, geometry: ArcGeometry): ArcBuffers {
  const vao = gl.createVertexArray();
  const points = gl.createBuffer();
  const attributes = gl.createBuffer();
  if (!vao || !points || !attributes) throw new Error('arc layer: cannot create WebGL buffers');

  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, points);
  gl.bufferData(gl.ARRAY_BUFFER, geometry.points, gl.STATIC_DRAW);
  for (const location of NEIGHBOURS) {
    gl.enableVertexAttribArray(location);
    gl.vertexAttribDivisor(location, 1);
  }
  gl.bindBuffer(gl.ARRAY_BUFFER, attributes);
  gl.bufferData(gl.ARRAY_BUFFER, geometry.attributes, gl.STATIC_DRAW);
  for (const location of [ARC_ATTRIBUTES.arc, ARC_ATTRIBUTES.color]) {
    gl.enableVertexAttribArray(location);
    gl.vertexAttribDivisor(location, 1);
  }
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);

  let boundFirst = -1;

  return {
    bind(context, first) {
      context.bindVertexArray(vao);
      if (first === boundFirst) return;
      boundFirst = first;
      context.bindBuffer(context.ARRAY_BUFFER, points);
      NEIGHBOURS.forEach((location, k) => {
        context.vertexAttribPointer(location, POINT_FLOATS, context.FLOAT, false, POINT_BYTES, (first + k) * POINT_BYTES);
      });
      // The arc attributes of the segment's first point, i + 1.
      const arcOffset = (first + 1) * ATTRIBUTE_BYTES;
      context.bindBuffer(context.ARRAY_BUFFER, attributes);
      context.vertexAttribPointer(ARC_ATTRIBUTES.arc, 4, context.FLOAT, false, ATTRIBUTE_BYTES, arcOffset);
      context.vertexAttribPointer(ARC_ATTRIBUTES.color, 4, context.UNSIGNED_BYTE, true, ATTRIBUTE_BYTES, arcOffset + 16);
      context.bindBuffer(context.ARRAY_BUFFER, null);
    },
    destroy(context) {
      context.deleteVertexArray(vao);
      context.deleteBuffer(points);
      context.deleteBuffer(attributes);
    },
  };
}
