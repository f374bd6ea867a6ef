import { CLAIM_KINDS, CN_LEVELS, NOT_ON_MAP_REASONS, PARTNER_LEVELS, RELATIONS, RELIABILITIES, YEAR_STATUSES, isRegion, oneOf } from './enums';
import { coordinateReason, usablePoint, type MaybePoint } from './notOnMap';
import { regionOf } from './regions';
import type { Pairing, YearClaim } from './schema';
import { chooseYear, compareClaims, type ShownYear } from './yearRule';

/** A JSON object of unknown content. */
export type JsonObject = Record<string, unknown>;

/** Records one problem with a field of the record being read. */
export type ReportProblem = (field: string, reason: string) => void;

/** Whether a value is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field; '' when absent, null or of another type (reported unless absent or null). */
export function readString(object: JsonObject, field: string, report: ReportProblem): string {
  const value = object[field];
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) report(field, 'is not a string');
  return '';
}

/** A finite number field; null when absent, null or of another type (reported unless absent or null). */
export function readNumber(object: JsonObject, field: string, report: ReportProblem): number | null {
  const value = object[field];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value !== undefined && value !== null) report(field, 'is not a number');
  return null;
}

const IMPORT_REASONS: ReadonlySet<string> = new Set(['not-geocoded', 'ambiguous-name']);

/** A string field that older files may lack: '' when absent, reported only when present and not a string. */
export function readOptionalString(object: JsonObject, field: string, report: ReportProblem): string {
  const value = object[field];
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  report(field, 'is not a string');
  return '';
}

function readEnum<T extends string>(allowed: readonly T[], object: JsonObject, field: string, fallback: T, report: ReportProblem): T {
  const value = oneOf(allowed, object[field]);
  if (value === undefined) report(field, `has unknown value ${JSON.stringify(object[field])}; read as ${fallback}`);
  return value ?? fallback;
}

function readClaim(value: unknown, report: ReportProblem): YearClaim | null {
  const claim = isJsonObject(value) ? value : {};
  const year = readNumber(claim, 'year', report);
  if (year === null || !Number.isInteger(year)) {
    report('claims', 'has a claim without a whole year; claim dropped');
    return null;
  }
  return {
    year,
    date: readString(claim, 'date', report) || String(year),
    kind: readEnum(CLAIM_KINDS, claim, 'kind', 'other', report),
    reliability: readEnum(RELIABILITIES, claim, 'reliability', 'user', report),
    url: readString(claim, 'url', report),
    title: readString(claim, 'title', report),
    note: readString(claim, 'note', report),
  };
}

function side(record: JsonObject, field: string, report: ReportProblem): [JsonObject, ReportProblem] {
  const value = record[field];
  if (!isJsonObject(value)) report(field, 'is missing');
  return [isJsonObject(value) ? value : {}, (inner, reason) => report(`${field}.${inner}`, reason)];
}

function readPoint(object: JsonObject, report: ReportProblem): MaybePoint {
  return { lat: readNumber(object, 'lat', report), lon: readNumber(object, 'lon', report) };
}

/**
 * The shown year: kept from the record when `year` and `yearStatus` form a valid pair (null with
 * `unknown`, a whole year with `sourced` or `conflict`), else chosen from the claims by the year rule.
 */
function readShownYear(record: JsonObject, claims: readonly YearClaim[], report: ReportProblem): ShownYear {
  const year = record.year;
  const yearStatus = oneOf(YEAR_STATUSES, record.yearStatus);
  if (year === null && yearStatus === 'unknown') return { year: null, yearStatus };
  if (typeof year === 'number' && Number.isInteger(year) && yearStatus !== undefined && yearStatus !== 'unknown') {
    return { year, yearStatus };
  }
  report('year', 'is missing or does not fit yearStatus; chosen from the claims');
  return chooseYear(claims);
}

/**
 * Reads one pairing record of a dataset file, coercing every field instead of failing: a bad field
 * takes a fallback and is reported; an unusable point is stored as null and `notOnMap` says why.
 * `notOnMap` from the record is kept when both points are usable (it may name a non-coordinate
 * reason such as `same-place`), and when a point is missing and it says why (`not-geocoded`, `ambiguous-name`).
 */
export function parsePairing(record: JsonObject, id: string, report: ReportProblem): Pairing {
  const [cn, reportCn] = side(record, 'cn', report);
  const [partner, reportPartner] = side(record, 'partner', report);
  const cnPoint = readPoint(cn, reportCn);
  const partnerPoint = readPoint(partner, reportPartner);
  const cnUsable = usablePoint(cnPoint);
  const partnerUsable = usablePoint(partnerPoint);
  const stated = oneOf(NOT_ON_MAP_REASONS, record.notOnMap);
  const missing = coordinateReason(cnPoint, partnerPoint);
  // An import's reason for a missing point (not geocoded, ambiguous name) says more than "missing".
  const reason = missing?.endsWith('-missing') && stated && IMPORT_REASONS.has(stated) ? stated : missing;
  if (reason !== null && record.notOnMap !== reason) report('notOnMap', `should be ${reason}`);

  if (!Array.isArray(record.claims)) report('claims', 'is not a list');
  const claims = (Array.isArray(record.claims) ? record.claims : [])
    .map((claim) => readClaim(claim, report))
    .filter((claim): claim is YearClaim => claim !== null)
    .sort(compareClaims);
  const flags = Array.isArray(record.flags) ? record.flags.filter((flag) => typeof flag === 'string') : [];

  const nameEn = readString(partner, 'nameEn', reportPartner);
  const iso2 = readString(partner, 'iso2', reportPartner).toUpperCase();
  const countryEn = readString(partner, 'countryEn', reportPartner);
  return {
    id,
    cn: {
      code: readString(cn, 'code', reportCn),
      nameEn: readString(cn, 'nameEn', reportCn),
      nameZh: readString(cn, 'nameZh', reportCn),
      pinyin: readOptionalString(cn, 'pinyin', reportCn),
      level: readEnum(CN_LEVELS, cn, 'level', 'prefecture', reportCn),
      parentEn: readString(cn, 'parentEn', reportCn),
      parentZh: readString(cn, 'parentZh', reportCn),
      provinceEn: readString(cn, 'provinceEn', reportCn),
      provinceZh: readString(cn, 'provinceZh', reportCn),
      ...cnUsable,
    },
    partner: {
      nameEn,
      nameZh: readString(partner, 'nameZh', reportPartner) || nameEn,
      iso2,
      countryEn,
      countryZh: readString(partner, 'countryZh', reportPartner) || countryEn,
      region: isRegion(partner.region) ? partner.region : regionOf(iso2),
      level: readEnum(PARTNER_LEVELS, partner, 'level', 'unknown', reportPartner),
      ...partnerUsable,
    },
    relation: readEnum(RELATIONS, record, 'relation', 'unknown', report),
    ...readShownYear(record, claims, report),
    claims,
    flags,
    notOnMap: reason ?? stated ?? null,
  };
}
