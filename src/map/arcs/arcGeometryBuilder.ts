/**
 * Builds arc geometry for the layer: small lists at once on the main thread (the shipped dataset
 * takes a few milliseconds, less than starting a worker), large ones in a worker
 * (src/worker/arcGeometryWorker.ts) whose result arrives as transferred buffers. If the worker
 * cannot start or fails, the list is built on the main thread instead, so arcs are never lost.
 */
import type { ArcGeometryRequest, ArcGeometryResponse } from '../../worker/arcGeometryProtocol';
import { buildArcGeometry, type ArcGeometry } from './arcGeometry';
import { arcCount, packArcs, unpackArcs } from './arcTransfer';
import type { ArcDatum, PackedArcs } from './arcTypes';

/** Lists with fewer arcs than this are built on the main thread. */
export const WORKER_MIN_ARCS = 10_000;

/** Builds geometry; one worker, started on the first large list. */
export interface ArcGeometryBuilder {
  /** The geometry of `arcs`: at once (same task) for a small list, else when the worker answers. */
  build(arcs: readonly ArcDatum[] | PackedArcs): ArcGeometry | Promise<ArcGeometry>;
  /** Stops the worker; builds still waiting resolve with no arcs. */
  destroy(): void;
}

interface Waiting {
  arcs: PackedArcs;
  resolve(geometry: ArcGeometry): void;
}

export function createArcGeometryBuilder(minArcs = WORKER_MIN_ARCS): ArcGeometryBuilder {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  /** Builds every waiting list here, and stops using the worker. */
  function fallBack(): void {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { arcs, resolve } of waiting.values()) resolve(buildArcGeometry(unpackArcs(arcs)));
    waiting.clear();
  }

  function start(): Worker | null {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('../../worker/arcGeometryWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<ArcGeometryResponse>) => {
      const response = event.data;
      const entry = waiting.get(response.id);
      if (!entry) return;
      waiting.delete(response.id);
      entry.resolve('geometry' in response ? response.geometry : buildArcGeometry(unpackArcs(entry.arcs)));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fallBack();
    });
    return worker;
  }

  return {
    build(arcs) {
      const target = arcCount(arcs) >= minArcs ? start() : null;
      if (!target) return buildArcGeometry(arcs instanceof Float64Array ? unpackArcs(arcs) : arcs);
      const id = nextId++;
      const packed = arcs instanceof Float64Array ? arcs : packArcs(arcs);
      // The worker gets a copy (transferred, so never cloned): the list stays here in case it fails.
      const sent = packed.slice();
      return new Promise((resolve) => {
        waiting.set(id, { arcs: packed, resolve });
        const request: ArcGeometryRequest = { id, packed: sent };
        target.postMessage(request, [sent.buffer]);
      });
    },
    destroy() {
      worker?.terminate();
      worker = null;
      for (const { resolve } of waiting.values()) resolve(buildArcGeometry([]));
      waiting.clear();
    },
  };
}
