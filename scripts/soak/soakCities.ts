import type { Dataset } from '../../src/data/schema';

/** The English names of the `count` Chinese cities with the most ties on the map: the soak selects them in turn. */
export function soakCities(dataset: Dataset, count = 5): string[] {
  const ties = new Map<string, number>();
  for (const p of dataset.pairings) if (p.notOnMap === null && p.cn.nameEn) ties.set(p.cn.nameEn, (ties.get(p.cn.nameEn) ?? 0) + 1);
  return [...ties]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name]) => name);
}
