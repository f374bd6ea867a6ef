/// <reference lib="webworker" />
/**
 * The arc geometry worker: densifies and packs a large list of arcs (see arcGeometry.ts) off the
 * main thread and transfers the result, so that loading 100,000 ties never stalls the page.
 */
import { buildArcGeometry } from '../map/arcs/arcGeometry';
import { geometryBuffers, unpackArcs } from '../map/arcs/arcTransfer';
import type { ArcGeometryRequest, ArcGeometryResponse } from './arcGeometryProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ArcGeometryRequest>) => {
  const { id, packed } = event.data;
  let response: ArcGeometryResponse;
  try {
    const geometry = buildArcGeometry(unpackArcs(packed));
    response = { id, geometry };
    self.postMessage(response, geometryBuffers(geometry));
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
});
