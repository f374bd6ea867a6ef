/**
 * Checks of the source pack that the build reports instead of failing: QA flags it does not know,
 * partner points far from every place of their name, and the same tie listed twice.
 */
import type { Pairing } from '../src/data/schema';
import { foldName } from './partnerNameMatcher';

/** QA flags (or flag prefixes before `:`) described in the source pack README. */
export const KNOWN_FLAGS: ReadonlySet<string> = new Set([
  'cn_name_ambiguous',
  'cn_resolution',
  'cn_side_refined',
  'cn_former_unit',
  'cn_side_is_a_subdistrict',
  'cn_coord_from_parent_unit',
  'cn_coord_is_provincial_capital',
  'cn_coord_is_seat_of_government',
  'cn_coord_from_list_geocode',
  'cn_coord_missing',
  'partner_coord_replaced',
  'partner_coord_missing',
  'partner_coord_unverified',
  'partner_coord_suspect',
  'partner_coord_geocoded_by_name',
  'partner_coord_copied_from_same_partner_in_other_pair',
  'partner_coord_is_city_of_district',
  'merged',
  'possible_duplicate_of',
  'year_claims_differ',
  'relation_sources_disagree',
  'only_low_reliability_source',
  'status',
  'formal_status_disputed',
  'cooperation_agreement_only',
  'memorandum_of_understanding_only',
  'friendship_agreement_type_unclear',
  'friendship_agreement_not_sister_city',
]);

/** Partner points farther than this from every same-name place are reported. */
export const FAR_FROM_NAMED_PLACE_KM = 100;

/** One problem found in the pack, grouped by `kind` in the report. */
export interface PackProblem {
  kind: 'unknown flag' | 'partner point far from its named place' | 'duplicate pairing';
  message: string;
}

/**
 * The problems of built pairings: each flag whose name (before `:`) the pack README does not describe;
 * each city or district partner point more than FAR_FROM_NAMED_PLACE_KM from the nearest place of its name in its country
 * (`nearestNamedPlaceKm`, null when no such place is known), unless the pack already flags the point as
 * unverified, replaced or a city's point for a district; and each pair of pairings with the same Chinese
 * unit and the same partner (country and folded name) that the pack does not mark as a possible duplicate.
 */
export function packProblems(pairings: readonly Pairing[], nearestNamedPlaceKm: (pairing: Pairing) => number | null): PackProblem[] {
  const problems: PackProblem[] = [];
  const seen = new Map<string, string>();
  for (const pairing of pairings) {
    const names = pairing.flags.map((flag) => flag.split(':')[0] ?? flag);
    for (const name of new Set(names)) {
      if (!KNOWN_FLAGS.has(name)) problems.push({ kind: 'unknown flag', message: `${pairing.id}: ${name}` });
    }
    const excused = names.some((name) => ['partner_coord_unverified', 'partner_coord_replaced', 'partner_coord_is_city_of_district'].includes(name));
    const town = pairing.partner.level === 'city' || pairing.partner.level === 'district';
    const km = pairing.partner.lat === null || !town ? null : nearestNamedPlaceKm(pairing);
    if (km !== null && km > FAR_FROM_NAMED_PLACE_KM && !excused) {
      problems.push({
        kind: 'partner point far from its named place',
        message: `${pairing.id}: ${Math.round(km)} km from the nearest "${pairing.partner.nameEn}" in ${pairing.partner.iso2}`,
      });
    }
    const key = `${pairing.cn.code || pairing.cn.nameZh}|${pairing.partner.iso2}|${foldName(pairing.partner.nameEn)}`;
    const earlier = seen.get(key);
    const marked = names.includes('possible_duplicate_of') || names.includes('merged');
    if (earlier !== undefined && !marked) {
      problems.push({ kind: 'duplicate pairing', message: `${pairing.id} repeats ${earlier}` });
    }
    if (earlier === undefined) seen.set(key, pairing.id);
  }
  return problems;
}
