import { t } from '../i18n/t';
import type { Lang } from '../state/state';

const FAMILIES = [
  ['year_claims_differ', 'Flag.YearClaimsDiffer'],
  ['relation_sources_disagree', 'Flag.RelationDisagree'],
  ['only_low_reliability_source', 'Flag.OnlyLow'],
  ['possible_duplicate_of', 'Flag.PossibleDuplicate'],
  ['merged', 'Flag.Merged'],
  ['partner_coord_missing', 'Flag.PartnerCoordMissing'],
  ['partner_coord_unverified', 'Flag.PartnerCoordUnverified'],
  ['partner_coord_replaced', 'Flag.PartnerCoordReplaced'],
  ['partner_coord_suspect', 'Flag.PartnerCoordSuspect'],
  ['cn_coord_from_parent_unit', 'Flag.CnCoordParent'],
  ['cn_coord_is_provincial_capital', 'Flag.CnCoordCapital'],
  ['cn_name_ambiguous', 'Flag.CnAmbiguous'],
  ['cn_resolution', 'Flag.CnResolution'],
  ['status', 'Flag.Status'],
  ['formal_status_disputed', 'Flag.StatusDisputed'],
] as const;

const HIDDEN =
  /^(partner_coord_geocoded_by_name|partner_coord_copied_from_same_partner_in_other_pair|cn_coord_is_seat_of_government|cn_coord_from_list_geocode)/;

/**
 * A QA flag from the source pack as a sentence in the UI language, with the flag's own detail
 * (after the colon) kept verbatim. Returns null for point-provenance notes that need no warning.
 */
export function describeFlag(flag: string, lang: Lang): string | null {
  if (HIDDEN.test(flag)) return null;
  const colon = flag.indexOf(':');
  const name = colon < 0 ? flag : flag.slice(0, colon);
  const detail = colon < 0 ? '' : flag.slice(colon + 1).replace(/_/g, ' ');
  const family = FAMILIES.find(([prefix]) => name === prefix);
  const label = family ? t(family[1], {}, lang) : name.replace(/_/g, ' ');
  return detail ? `${label}: ${detail}` : label;
}
