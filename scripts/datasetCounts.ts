import type { DatasetFile, NotOnMapReason } from '../src/data/schema';

/** Summary numbers of a dataset file, as written into data/README.md. */
export interface DatasetCounts {
  pairings: number;
  /** Pairings with both points usable (notOnMap null). */
  drawable: number;
  withYear: number;
  conflicts: number;
  notOnMap: number;
  notOnMapByReason: [NotOnMapReason, number][];
  claims: number;
  pairingsWithSigning: number;
  countries: number;
  chineseUnits: number;
  /** Distinct partners (name + country) and how many of them have a Chinese name. */
  partners: number;
  partnersWithNameZh: number;
  /** Japanese and Korean partners: [with a Chinese name, all]. */
  partnersJp: [number, number];
  partnersKr: [number, number];
  yearRange: [number, number] | null;
  totals: number;
}

/** Counts what data/README.md reports about a dataset file. */
export function datasetCounts(file: DatasetFile): DatasetCounts {
  const { pairings } = file;
  const reasons = new Map<NotOnMapReason, number>();
  for (const pairing of pairings) {
    if (pairing.notOnMap) reasons.set(pairing.notOnMap, (reasons.get(pairing.notOnMap) ?? 0) + 1);
  }
  const partners = new Map<string, boolean>();
  for (const { partner } of pairings) {
    partners.set(`${partner.iso2}|${partner.nameEn}`, partner.nameZh !== partner.nameEn);
  }
  const share = (iso2: string): [number, number] => {
    const inCountry = [...partners].filter(([key]) => key.startsWith(`${iso2}|`));
    return [inCountry.filter(([, named]) => named).length, inCountry.length];
  };
  const years = pairings.flatMap((pairing) => pairing.claims.map((claim) => claim.year));
  return {
    pairings: pairings.length,
    drawable: pairings.filter((pairing) => pairing.notOnMap === null).length,
    withYear: pairings.filter((pairing) => pairing.year !== null).length,
    conflicts: pairings.filter((pairing) => pairing.yearStatus === 'conflict').length,
    notOnMap: pairings.filter((pairing) => pairing.notOnMap !== null).length,
    notOnMapByReason: [...reasons].sort(([a], [b]) => (a < b ? -1 : 1)),
    claims: years.length,
    pairingsWithSigning: pairings.filter((pairing) => pairing.claims.some((claim) => claim.kind === 'signing')).length,
    countries: new Set(pairings.map((pairing) => pairing.partner.iso2)).size,
    chineseUnits: new Set(pairings.map((pairing) => pairing.cn.code || pairing.cn.nameZh)).size,
    partners: partners.size,
    partnersWithNameZh: [...partners.values()].filter(Boolean).length,
    partnersJp: share('JP'),
    partnersKr: share('KR'),
    yearRange: years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
    totals: file.totals.length,
  };
}
