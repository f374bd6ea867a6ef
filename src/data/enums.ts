import type { ClaimKind, CnLevel, NotOnMapReason, PartnerLevel, Region, Relation, Reliability, YearStatus } from './schema';
import { REGIONS } from './regions';

/** Every Chinese-side level. */
export const CN_LEVELS: readonly CnLevel[] = ['province', 'prefecture', 'county', 'district'];
/** Every partner level. */
export const PARTNER_LEVELS: readonly PartnerLevel[] = ['state/province', 'city', 'district', 'unknown'];
/** Every relation type. */
export const RELATIONS: readonly Relation[] = ['friendship city', 'friendly cooperation city', 'friendly exchange city', 'letter of intent', 'unknown'];
/** Every claim kind. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['signing', 'approval', 'other'];
/** Every source class, best first. */
export const RELIABILITIES: readonly Reliability[] = ['official', 'partner-official', 'news', 'wiki-mirror', 'low', 'user'];
/** Every year status. */
export const YEAR_STATUSES: readonly YearStatus[] = ['sourced', 'conflict', 'unknown'];
/** Every reason a pairing can be off the map. */
export const NOT_ON_MAP_REASONS: readonly NotOnMapReason[] = [
  'partner-coordinates-missing',
  'cn-coordinates-missing',
  'coordinates-missing',
  'coordinates-out-of-range',
  'not-geocoded',
  'ambiguous-name',
  'same-place',
];

/**
 * Returns `value` when it is one of `allowed`, else undefined: narrows untrusted strings to a union.
 * `oneOf(RELATIONS, row.relation) ?? 'unknown'` reads a relation with a fallback.
 */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Whether a value names a region. */
export function isRegion(value: unknown): value is Region {
  return oneOf(REGIONS, value) !== undefined;
}
