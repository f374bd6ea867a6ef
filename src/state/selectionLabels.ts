import type { Dataset } from '../data/schema';
import { cityOf, selectCities } from './cities';
import type { CityRef, Lang } from './state';

/** A name to show on the map for the selected city's other side. */
export interface SelectionLabel {
  name: string;
  lon: number;
  lat: number;
  /** Visible ties between this place and the selected city. */
  ties: number;
}

/**
 * The places at the other end of the selected city's visible ties (`visible[i]` = 1), one label per
 * place, named in `lang` (the other language when that name is missing), most ties first. Places
 * without coordinates are left out; no city selected, no labels.
 */
export function selectSelectionLabels(dataset: Dataset, visible: Uint8Array, ref: CityRef | null, lang: Lang): SelectionLabel[] {
  const index = selectCities(dataset);
  const city = cityOf(index, ref);
  if (!city) return [];
  const byKey = new Map<number, SelectionLabel>();
  for (const i of city.pairings) {
    if (!visible[i]) continue;
    const k = city.side === 'cn' ? index.partnerOf[i]! : index.cnOf[i]!;
    const other = (city.side === 'cn' ? index.partner : index.cn)[k]!;
    if (other.lat === null || other.lon === null) continue;
    const label = byKey.get(k);
    if (label) {
      label.ties++;
      continue;
    }
    const name = (lang === 'zh' ? other.nameZh || other.nameEn : other.nameEn || other.nameZh) || '?';
    byKey.set(k, { name, lon: other.lon, lat: other.lat, ties: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.ties - a.ties);
}
