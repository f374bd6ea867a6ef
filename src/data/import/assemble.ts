import { coordinateReason } from '../notOnMap';
import type { Dataset, NotOnMapReason, Pairing, YearClaim } from '../schema';
import { chooseYear, compareClaims } from '../yearRule';
import type { Choices } from './ambiguity';
import type { CnGazetteer } from './cnGazetteer';
import type { Resolver, Side } from './geocode';
import { nameKey } from './nameKey';
import { createSideCache } from './pairingSides';
import { parseYear } from './parseYear';
import type { ImportRecord } from './records';
import { pairingId } from './pairingId';
import { countEntries, type LoadReport, type ReportEntry, type ReportReason } from './report';
import type { OnProgress, UnreadableRow } from './table';

/** What `assembleImport` needs: the rows read through the mapping and the geocoder's answers. */
export interface AssembleInput {
  title: string;
  records: readonly ImportRecord[];
  unreadable: readonly UnreadableRow[];
  resolver: Resolver;
  cnGazetteer: CnGazetteer;
  choices: Choices;
}

/** A side after the user's choice for its ambiguity, if any. */
function decided(resolver: Resolver, side: Side, choices: Choices): Side {
  if (side.status !== 'ambiguous' || side.ambiguity === null) return side;
  const index = choices[side.ambiguity];
  return index === null || index === undefined ? side : (resolver.choose(side.ambiguity, index) ?? side);
}

/** Why a pairing cannot be drawn, as the report says it and as the pairing records it. */
function placement(cn: Side, partner: Side): { reason: ReportReason; code: NotOnMapReason } | null {
  if (cn.status === 'invalid' || partner.status === 'invalid') return { reason: 'coordinates-invalid', code: 'coordinates-out-of-range' };
  if (cn.status === 'out-of-range' || partner.status === 'out-of-range') return { reason: 'coordinates-out-of-range', code: 'coordinates-out-of-range' };
  if (cn.status === 'ambiguous') return { reason: 'cn-ambiguous', code: 'ambiguous-name' };
  if (partner.status === 'ambiguous') return { reason: 'partner-ambiguous', code: 'ambiguous-name' };
  if (cn.status === 'not-found') return { reason: 'cn-not-found', code: 'not-geocoded' };
  if (partner.status === 'not-found') return { reason: 'partner-not-found', code: 'not-geocoded' };
  const missing = coordinateReason(cn, partner);
  if (missing) return { reason: cn.status === 'no-point' ? 'cn-no-point' : 'partner-not-found', code: missing };
  if (Math.abs(cn.lat! - partner.lat!) < 0.01 && Math.abs(cn.lon! - partner.lon!) < 0.01) return { reason: 'same-place', code: 'same-place' };
  return null;
}

/** How a drawn pairing got its points: the most notable way wins (a user's choice, a shortened name…). */
function geocodeReason(cn: Side, partner: Side): ReportReason {
  const statuses = [cn.status, partner.status];
  if (statuses.includes('chosen')) return 'geocoded-chosen';
  if (statuses.includes('stripped')) return 'geocoded-stripped';
  if (statuses.includes('parent')) return 'geocoded-parent';
  if (statuses.includes('gazetteer')) return 'geocoded';
  return 'coordinates-in-file';
}

function flagsOf(cn: Side, partner: Side): string[] {
  const flags: string[] = [];
  if (cn.status === 'parent') flags.push('cn_coord_from_parent_unit');
  if (cn.status === 'gazetteer' || cn.status === 'parent' || cn.status === 'chosen') flags.push('cn_coord_geocoded_by_name:gazetteer');
  if (partner.status === 'gazetteer' || partner.status === 'chosen') flags.push('partner_coord_geocoded_by_name:geonames');
  if (partner.status === 'stripped') flags.push(`partner_coord_from_same_name_city:${partner.place?.name ?? ''}`);
  if (cn.status === 'chosen' || partner.status === 'chosen') flags.push('place_chosen_by_user');
  return flags;
}

function identity(record: ImportRecord, cn: Side, partner: Side, iso2: string): string {
  const cnId = cn.unit ? cn.unit.code : `${nameKey(record.cnName)}|${nameKey(record.cnProvince)}`;
  const place = partner.place;
  const partnerId = place
    ? `${place.iso2}|${place.name}|${place.lat}|${place.lon}`
    : `${nameKey(record.partnerName)}|${iso2 || nameKey(record.partnerCountry)}`;
  return `${cnId}>${partnerId}`;
}

/**
 * Builds the imported dataset and its load report. Every record ends in exactly one group:
 * rejected (no name on a side, a city paired with itself, unreadable source rows), merged (the same
 * pairing as an earlier row: its year becomes another claim of that pairing), not on the map (with
 * the reason), no year (drawn, year missing or unreadable), geocoded (drawn, a point came from the
 * gazetteer) or loaded (drawn with the file's coordinates). Each row's year is a `signing` claim
 * with reliability `user`; the shown year follows the shipped data's rule (`chooseYear`).
 */
export function assembleImport(input: AssembleInput, onProgress: OnProgress = () => {}): { dataset: Dataset; report: LoadReport } {
  const { records, resolver, choices } = input;
  const entries: ReportEntry[] = input.unreadable.map((u) => ({ row: u.row, group: 'rejected', reason: u.reason, detail: u.detail, cn: '', partner: '' }));
  const pairings: Pairing[] = [];
  const firstRow = new Map<string, { pairing: Pairing; entry: ReportEntry }>();
  const ids = new Map<string, number>();
  const pending: { pairing: Pairing; entry: ReportEntry; yearText: string; reason: ReportReason }[] = [];
  const sides = createSideCache(input.cnGazetteer);
  for (const [i, record] of records.entries()) {
    if (i % 5000 === 0) onProgress(i / records.length);
    const base = { row: record.row, detail: '', cn: record.cnName, partner: record.partnerName };
    if (record.cnName === '') {
      entries.push({ ...base, group: 'rejected', reason: 'cn-name-missing' });
      continue;
    }
    if (record.partnerName === '') {
      entries.push({ ...base, group: 'rejected', reason: 'partner-name-missing' });
      continue;
    }
    if (nameKey(record.cnName) === nameKey(record.partnerName)) {
      entries.push({ ...base, group: 'rejected', reason: 'same-city' });
      continue;
    }
    const country = record.partnerCountry === '' ? null : resolver.country(record.partnerCountry);
    const cn = decided(resolver, resolver.cn(record.cnName, record.cnProvince, record.cnLat, record.cnLon, record.row), choices);
    const partner = decided(resolver, resolver.partner(record.partnerName, country, record.partnerLat, record.partnerLon, record.row), choices);
    const parsed = parseYear(record.year);
    const claim: YearClaim | null = parsed && { ...parsed, kind: 'signing', reliability: 'user', url: '', title: input.title, note: `row ${record.row}` };
    const key = identity(record, cn, partner, country?.iso2 ?? '');
    const first = firstRow.get(key);
    if (first) {
      if (claim && !first.pairing.claims.some((c) => c.date === claim.date)) first.pairing.claims.push(claim);
      entries.push({ ...base, group: 'merged', reason: 'duplicate', detail: String(first.entry.row) });
      continue;
    }
    const where = placement(cn, partner);
    const pairing: Pairing = {
      id: pairingId(ids, record, cn, partner),
      cn: sides.cn(record.cnName, record.cnProvince, cn),
      partner: sides.partner(record.partnerName, record.partnerCountry, country, partner),
      relation: 'unknown',
      year: null,
      yearStatus: 'unknown',
      claims: claim ? [claim] : [],
      flags: flagsOf(cn, partner),
      notOnMap: where?.code ?? null,
    };
    const entry: ReportEntry = {
      ...base,
      group: 'loaded',
      reason: 'coordinates-in-file',
      detail: where ? detailOf(where.reason, record, cn, partner) : matchedNames(cn, partner),
    };
    pairings.push(pairing);
    firstRow.set(key, { pairing, entry });
    pending.push({ pairing, entry, yearText: record.year, reason: where?.reason ?? geocodeReason(cn, partner) });
  }
  for (const { pairing, entry, yearText, reason } of pending) {
    pairing.claims.sort(compareClaims);
    Object.assign(pairing, chooseYear(pairing.claims));
    entry.reason = reason;
    if (pairing.notOnMap !== null) entry.group = 'notOnMap';
    else if (pairing.year === null) {
      entry.group = 'noYear';
      entry.reason = yearText === '' ? 'year-missing' : 'year-unreadable';
      entry.detail = yearText;
    } else entry.group = reason === 'coordinates-in-file' ? 'loaded' : 'geocoded';
    entries.push(entry);
  }
  onProgress(1);
  entries.sort((a, b) => a.row - b.row);
  return { dataset: { title: input.title, pairings, totals: [] }, report: { title: input.title, entries, counts: countEntries(entries) } };
}

function matchedNames(cn: Side, partner: Side): string {
  const names = [
    cn.unit ? `${cn.unit.zh} ${cn.unit.en}` : '',
    partner.place ? `${partner.place.name}${partner.place.iso2 ? `, ${partner.place.iso2}` : ''}` : '',
  ];
  return names.filter((name) => name !== '').join(' – ');
}

/** What a row that cannot be drawn said: the coordinates, or the name looked up with its province or country. */
function detailOf(reason: ReportReason, record: ImportRecord, cn: Side, partner: Side): string {
  const written = (name: string, context: string): string => (context ? `${name}, ${context}` : name);
  switch (reason) {
    case 'coordinates-invalid':
    case 'coordinates-out-of-range':
      return cn.status === 'invalid' || cn.status === 'out-of-range' ? cn.text : partner.text;
    case 'cn-no-point':
      return cn.unit ? `${cn.unit.zh} ${cn.unit.en}` : '';
    case 'cn-not-found':
    case 'cn-ambiguous':
      return written(record.cnName, record.cnProvince);
    case 'partner-not-found':
    case 'partner-ambiguous':
      return written(record.partnerName, record.partnerCountry);
    default:
      return matchedNames(cn, partner);
  }
}
