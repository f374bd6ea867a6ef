import { CN_LEVELS, PARTNER_LEVELS, RELATIONS, oneOf } from '../src/data/enums';
import { parseEvidenceClaims } from './evidenceClaims';
import { coordinateReason, usablePoint, type MaybePoint } from '../src/data/notOnMap';
import { parseOfficialTotals } from './officialTotals';
import { resolveScope, type ScopeUnit } from '../src/data/totalScope';
import { regionOf } from '../src/data/regions';
import type { DatasetFile, Pairing, PartnerLevel, YearClaim } from '../src/data/schema';
import { chooseYear } from '../src/data/yearRule';

/** A parsed CSV row: header name → cell text. */
export type CsvRow = Record<string, string | undefined>;

/** The source pack's tables, parsed with a header row. */
export interface SourceRows {
  pairs: readonly CsvRow[];
  evidence: readonly CsvRow[];
  totals: readonly CsvRow[];
  /** gazetteer_cn.csv: pinyin of the Chinese units, and the units that totals' scopes name. */
  gazetteer: readonly CsvRow[];
}

/** What a Chinese-name lookup for a partner gets to decide on. */
export interface PartnerQuery {
  nameEn: string;
  iso2: string;
  level: PartnerLevel;
  lat: number | null;
  lon: number | null;
}

/** Lookups and constants the transform takes from outside, so that it stays pure. */
export interface BuildOptions {
  /** SHA-256 of the source files, stored as `sourceHash`. */
  sourceHash: string;
  /** Chinese name of a country; the transform falls back to English on ''. */
  countryNameZh: (iso2: string, countryEn: string) => string;
  /** Chinese name of a partner, or null when none is known (then nameZh = nameEn). */
  partnerNameZh: (partner: PartnerQuery) => string | null;
  /** Chinese translation of an official total's note, or null when there is none. */
  totalNoteZh: (note: string) => string | null;
}

/** The title of the shipped dataset. */
export const SOURCE_PACK_TITLE = 'China friendship cities (source pack)';

const YEAR_CLAIMS_DIFFER = 'year_claims_differ';

function text(row: CsvRow, field: string): string {
  return (row[field] ?? '').trim();
}

function coordinate(row: CsvRow, field: string, warn: (message: string) => void): number | null {
  const value = text(row, field);
  if (value === '') return null;
  const number = Number(value);
  if (Number.isFinite(number)) return number;
  warn(`${text(row, 'pair_id')}: ${field} is not a number: ${JSON.stringify(value)}`);
  return null;
}

function point(row: CsvRow, prefix: string, warn: (message: string) => void): MaybePoint {
  return { lat: coordinate(row, `${prefix}_lat`, warn), lon: coordinate(row, `${prefix}_lon`, warn) };
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Compares the pack's own summary columns and flags with what the evidence rows say. */
function checkAgainstPack(row: CsvRow, pairing: Pairing, warn: (message: string) => void): void {
  const { id, claims, flags, yearStatus } = pairing;
  const stated = text(row, 'n_evidence');
  if (stated !== '' && Number(stated) !== claims.length) {
    warn(`${id}: n_evidence is ${stated} but evidence.csv has ${claims.length} rows`);
  }
  const years = [...new Set(claims.map((claim) => claim.year))].sort((a, b) => a - b).join(';');
  const statedYears = splitList(text(row, 'years_claimed'))
    .map(Number)
    .sort((a, b) => a - b)
    .join(';');
  if (statedYears !== years) warn(`${id}: years_claimed is "${statedYears}" but the evidence gives "${years}"`);
  const flagged = flags.some((flag) => flag === YEAR_CLAIMS_DIFFER || flag.startsWith(`${YEAR_CLAIMS_DIFFER}:`));
  if (flagged !== (yearStatus === 'conflict')) {
    warn(`${id}: flag ${YEAR_CLAIMS_DIFFER} ${flagged ? 'set' : 'missing'} but the claims give status ${yearStatus}`);
  }
}

function buildPairing(row: CsvRow, pinyin: ReadonlyMap<string, string>, claims: YearClaim[], options: BuildOptions, warn: (message: string) => void): Pairing {
  const id = text(row, 'pair_id');
  const cnPoint = point(row, 'cn', warn);
  const partnerPoint = point(row, 'partner', warn);
  const cnLevel = oneOf(CN_LEVELS, text(row, 'cn_level'));
  const partnerLevel = oneOf(PARTNER_LEVELS, text(row, 'partner_level'));
  const relation = oneOf(RELATIONS, text(row, 'relation'));
  if (!cnLevel) warn(`${id}: unknown cn_level ${JSON.stringify(text(row, 'cn_level'))}, read as prefecture`);
  if (!partnerLevel) warn(`${id}: unknown partner_level ${JSON.stringify(text(row, 'partner_level'))}`);
  if (!relation) warn(`${id}: unknown relation ${JSON.stringify(text(row, 'relation'))}`);
  const iso2 = text(row, 'partner_country_iso2').toUpperCase();
  const countryEn = text(row, 'partner_country_en');
  const nameEn = text(row, 'partner_name_en');
  const region = regionOf(iso2);
  if (region === null) warn(`${id}: no region for country code ${JSON.stringify(iso2)}`);
  const cnUsable = usablePoint(cnPoint);
  const partnerUsable = usablePoint(partnerPoint);
  const level = partnerLevel ?? 'unknown';
  return {
    id,
    cn: {
      code: text(row, 'cn_code'),
      nameEn: text(row, 'cn_name_en'),
      nameZh: text(row, 'cn_name_zh'),
      pinyin: pinyin.get(text(row, 'cn_code')) ?? '',
      level: cnLevel ?? 'prefecture',
      parentEn: text(row, 'cn_parent_en'),
      parentZh: text(row, 'cn_parent_zh'),
      provinceEn: text(row, 'cn_province_en'),
      provinceZh: text(row, 'cn_province_zh'),
      lat: cnUsable.lat,
      lon: cnUsable.lon,
    },
    partner: {
      nameEn,
      nameZh: options.partnerNameZh({ nameEn, iso2, level, ...partnerUsable }) ?? nameEn,
      iso2,
      countryEn,
      countryZh: options.countryNameZh(iso2, countryEn) || countryEn,
      region,
      level,
      lat: partnerUsable.lat,
      lon: partnerUsable.lon,
    },
    relation: relation ?? 'unknown',
    ...chooseYear(claims),
    claims,
    flags: splitList(text(row, 'qa_flags')),
    notOnMap: coordinateReason(cnPoint, partnerPoint),
  };
}

/**
 * Turns the source pack's tables into the shipped dataset file: one pairing per pairs.csv row, sorted
 * by id, with the unit's pinyin from gazetteer_cn.csv, with every evidence row as a claim on its pairing (earliest first), the shown year chosen by
 * `chooseYear`, and every official_totals.csv row in file order.
 *
 * Bad cells never stop the build: each is read with a fallback and reported in `warnings`, together
 * with any disagreement between the pack's summary columns (`n_evidence`, `years_claimed`, the
 * `year_claims_differ` flag) and the evidence rows.
 */
export function buildDataset(rows: SourceRows, options: BuildOptions): { file: DatasetFile; warnings: string[] } {
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
  };
  const claimsByPair = parseEvidenceClaims(rows.evidence, warn);
  const pinyin = new Map(rows.gazetteer.map((row) => [text(row, 'code'), text(row, 'pinyin')]));
  const units: ScopeUnit[] = rows.gazetteer.map((row) => ({
    code: text(row, 'code'),
    nameEn: text(row, 'name_en'),
    level: text(row, 'level'),
    provinceEn: text(row, 'province_en'),
  }));
  const seen = new Set<string>();
  const pairings: Pairing[] = [];
  for (const row of rows.pairs) {
    const id = text(row, 'pair_id');
    if (id === '' || seen.has(id)) {
      warn(id === '' ? 'pairs row without pair_id skipped' : `${id}: duplicate pair_id skipped`);
      continue;
    }
    seen.add(id);
    if (pinyin.get(text(row, 'cn_code')) === undefined) warn(`${id}: cn_code ${JSON.stringify(text(row, 'cn_code'))} is not in gazetteer_cn.csv`);
    const pairing = buildPairing(row, pinyin, claimsByPair.get(id) ?? [], options, warn);
    checkAgainstPack(row, pairing, warn);
    pairings.push(pairing);
  }
  for (const id of claimsByPair.keys()) {
    if (!seen.has(id)) warn(`evidence for unknown pair_id ${id} ignored`);
  }
  pairings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    file: {
      format: 'sister-city-atlas',
      version: 1,
      title: SOURCE_PACK_TITLE,
      sourceHash: options.sourceHash,
      pairings,
      totals: parseOfficialTotals(rows.totals, (scope) => resolveScope(scope, units), warn, options.totalNoteZh),
    },
    warnings,
  };
}
