import type { Dataset, Region } from '../../data/schema';
import type { CityIndex } from '../../state/cities';
import { hexToRgb01, regionColor } from '../../theme/regionColors';
import type { ArcDatum } from './arcTypes';

/** The arcs of a dataset, and for each arc the index of its pairing. */
export interface DatasetArcs {
  arcs: ArcDatum[];
  pairingOf: Int32Array;
}

/** One arc per pairing that is on the map, coloured by the partner's region. */
export function toArcData(dataset: Dataset, cities: CityIndex): DatasetArcs {
  const arcs: ArcDatum[] = [];
  const pairingOf: number[] = [];
  const colors = new Map<Region | null, [number, number, number]>();
  const colorOf = (region: Region | null): [number, number, number] => {
    let color = colors.get(region);
    if (!color) {
      color = hexToRgb01(regionColor(region));
      colors.set(region, color);
    }
    return color;
  };
  dataset.pairings.forEach((p, i) => {
    if (p.notOnMap !== null || p.cn.lat === null || p.cn.lon === null || p.partner.lat === null || p.partner.lon === null) return;
    arcs.push({
      from: [p.cn.lon, p.cn.lat],
      to: [p.partner.lon, p.partner.lat],
      year: p.year,
      color: colorOf(p.partner.region),
      cnIndex: cities.cnOf[i]!,
      partnerIndex: cities.partnerOf[i]!,
    });
    pairingOf.push(i);
  });
  return { arcs, pairingOf: Int32Array.from(pairingOf) };
}

/** The arc layer's mask from a per-pairing one (1 = shown), or null when every pairing is shown. */
export function arcMask(pairingOf: Int32Array, pairingMask: Uint8Array | null): Uint8Array | null {
  if (!pairingMask) return null;
  const mask = new Uint8Array(pairingOf.length);
  for (let a = 0; a < pairingOf.length; a++) mask[a] = pairingMask[pairingOf[a]!]!;
  return mask;
}
