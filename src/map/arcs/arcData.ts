import type { Dataset } from '../../data/schema';
import type { CityIndex } from '../../state/cities';
import { hexToRgb01, regionColor } from '../../theme/regionColors';
import type { ArcDatum } from './arcTypes';

/** One arc per pairing that is on the map, coloured by the partner's region. */
export function toArcData(dataset: Dataset, cities: CityIndex): ArcDatum[] {
  const arcs: ArcDatum[] = [];
  dataset.pairings.forEach((p, i) => {
    if (p.notOnMap !== null || p.cn.lat === null || p.cn.lon === null || p.partner.lat === null || p.partner.lon === null) return;
    arcs.push({
      from: [p.cn.lon, p.cn.lat],
      to: [p.partner.lon, p.partner.lat],
      year: p.year,
      color: hexToRgb01(regionColor(p.partner.region)),
      cnIndex: cities.cnOf[i]!,
      partnerIndex: cities.partnerOf[i]!,
    });
  });
  return arcs;
}
