import type { Dataset, Pairing, Region } from '../../data/schema';
import { selectCities, type CityIndex } from '../../state/cities';
import { hexToRgb01, regionColor } from '../../theme/regionColors';
import { PACKED_FLOATS, writePackedArc } from './arcTransfer';
import type { ArcDatum, PackedArcs } from './arcTypes';

/** The arcs of a dataset (packed: no object per arc), and for each arc the index of its pairing. */
export interface DatasetArcs {
  arcs: PackedArcs;
  pairingOf: Int32Array;
}

function onMap(p: Pairing): boolean {
  return p.notOnMap === null && p.cn.lat !== null && p.cn.lon !== null && p.partner.lat !== null && p.partner.lon !== null;
}

const arcDataCache = new WeakMap<Dataset, DatasetArcs>();

/**
 * The arcs of a dataset, computed once per dataset object (an import builds them before the dataset
 * is shown, in a task of their own). The packed array must not be transferred: it is shared.
 */
export function selectArcData(dataset: Dataset): DatasetArcs {
  let data = arcDataCache.get(dataset);
  if (!data) {
    data = toArcData(dataset, selectCities(dataset));
    arcDataCache.set(dataset, data);
  }
  return data;
}

/** One arc per pairing that is on the map, coloured by the partner's region. */
export function toArcData(dataset: Dataset, cities: CityIndex): DatasetArcs {
  const { pairings } = dataset;
  let count = 0;
  for (const p of pairings) if (onMap(p)) count++;
  const arcs = new Float64Array(count * PACKED_FLOATS);
  const pairingOf = new Int32Array(count);
  const colors = new Map<Region | null, [number, number, number]>();
  // One arc object rewritten for each pairing: a dataset of 100,000 ties allocates no object per arc.
  const arc: ArcDatum = { from: [0, 0], to: [0, 0], year: null, color: [0, 0, 0], cnIndex: 0, partnerIndex: 0 };
  let a = 0;
  pairings.forEach((p, i) => {
    if (!onMap(p)) return;
    let color = colors.get(p.partner.region);
    if (!color) {
      color = hexToRgb01(regionColor(p.partner.region));
      colors.set(p.partner.region, color);
    }
    arc.from[0] = p.cn.lon!;
    arc.from[1] = p.cn.lat!;
    arc.to[0] = p.partner.lon!;
    arc.to[1] = p.partner.lat!;
    arc.year = p.year;
    arc.color = color;
    arc.cnIndex = cities.cnOf[i]!;
    arc.partnerIndex = cities.partnerOf[i]!;
    writePackedArc(arcs, a, arc);
    pairingOf[a++] = i;
  });
  return { arcs, pairingOf };
}

/** The arc layer's mask from a per-pairing one (1 = shown), or null when every pairing is shown. */
export function arcMask(pairingOf: Int32Array, pairingMask: Uint8Array | null): Uint8Array | null {
  if (!pairingMask) return null;
  const mask = new Uint8Array(pairingOf.length);
  for (let a = 0; a < pairingOf.length; a++) mask[a] = pairingMask[pairingOf[a]!]!;
  return mask;
}
