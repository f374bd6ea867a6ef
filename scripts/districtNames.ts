import type { Pairing } from '../src/data/schema';
import { partnerKey } from './partnerNamesTable';

/** Countries whose city districts (区) repeat from city to city: 中区, 西区, 东区… */
const WARD_COUNTRIES = new Set(['JP', 'KR']);

/**
 * The city a district partner's English name places it in: `Seoul – Gangnam`, `Dongdaemun (Seoul)` and
 * `Dong District (Daegu)` name Seoul and Daegu; a name without one gives null.
 */
export function districtParentEn(nameEn: string): string | null {
  const dashed = /^(.+?)\s+[–—-]\s+.+$/.exec(nameEn);
  if (dashed?.[1]) return dashed[1].trim();
  const bracketed = /^.+?\s+\(([^()]+)\)$/.exec(nameEn);
  return bracketed?.[1]?.trim() ?? null;
}

/**
 * The pairings with the Chinese name of every Japanese and Korean district (level `district`, a name
 * ending in 区) led by its city's Chinese name as the same pairings give it: Seoul – Gangnam 江南区 →
 * 首尔特别市江南区, Tokyo – Ōta 大田区 → 东京都大田区. A bare ward name would name several places (Seoul,
 * Busan, Daegu and Incheon each have a 中区), so a district whose city has no Chinese name keeps its
 * English name.
 */
export function qualifyDistrictNames(pairings: readonly Pairing[]): Pairing[] {
  const cityNames = new Map<string, string>();
  for (const { partner } of pairings) {
    if (partner.nameZh !== partner.nameEn) cityNames.set(partnerKey(partner), partner.nameZh);
  }
  return pairings.map((pairing) => {
    const { partner } = pairing;
    const parentEn = districtParentEn(partner.nameEn);
    if (!WARD_COUNTRIES.has(partner.iso2) || partner.level !== 'district' || !partner.nameZh.endsWith('区') || parentEn === null) return pairing;
    const parentZh = cityNames.get(partnerKey({ iso2: partner.iso2, nameEn: parentEn }));
    const nameZh = parentZh === undefined ? partner.nameEn : partner.nameZh.startsWith(parentZh) ? partner.nameZh : `${parentZh}${partner.nameZh}`;
    return nameZh === partner.nameZh ? pairing : { ...pairing, partner: { ...partner, nameZh } };
  });
}
