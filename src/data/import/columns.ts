import { readHeader, type HeaderConcept, type HeaderSide } from './headerWords';
import { parseYear } from './parseYear';

/** What a column can hold. `cn*` is the Chinese unit, `partner*` its foreign partner. */
export type ColumnRole = 'cnName' | 'cnProvince' | 'cnLat' | 'cnLon' | 'partnerName' | 'partnerCountry' | 'partnerLat' | 'partnerLon' | 'year';

/** Every role, in the order the mapping step lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'cnName',
  'cnProvince',
  'cnLat',
  'cnLon',
  'partnerName',
  'partnerCountry',
  'partnerLat',
  'partnerLon',
  'year',
];

/** The column index each role reads, or null when no column holds it. */
export type ColumnMapping = Record<ColumnRole, number | null>;

/** A detected mapping and, per role, how sure the detection is (0 = not found, 1 = certain). */
export interface ColumnDetection {
  mapping: ColumnMapping;
  confidence: Record<ColumnRole, number>;
}

/** A mapping with no column for any role. */
export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(COLUMN_ROLES.map((role) => [role, null])) as ColumnMapping;
}

interface Candidate {
  column: number;
  role: ColumnRole;
  score: number;
}

/** Roles a header may fill, with scores: an explicit side scores higher than an inferred one. */
function rolesOf(concept: HeaderConcept, side: HeaderSide): [ColumnRole, number][] {
  switch (concept) {
    case 'name':
      if (side === 1) return [['cnName', 0.95]];
      if (side === 2) return [['partnerName', 0.95]];
      return [
        ['cnName', 0.7],
        ['partnerName', 0.6],
      ];
    case 'lat':
      if (side === 1) return [['cnLat', 0.95]];
      if (side === 2) return [['partnerLat', 0.95]];
      return [
        ['partnerLat', 0.5],
        ['cnLat', 0.45],
      ];
    case 'lon':
      if (side === 1) return [['cnLon', 0.95]];
      if (side === 2) return [['partnerLon', 0.95]];
      return [
        ['partnerLon', 0.5],
        ['cnLon', 0.45],
      ];
    case 'country':
      return side === 1 ? [] : [['partnerCountry', side === 2 ? 0.95 : 0.9]];
    case 'province':
      return side === 2 ? [] : [['cnProvince', side === 1 ? 0.95 : 0.85]];
    case 'year':
      return [['year', 0.9]];
  }
}

/** Share of non-empty sample cells in a column that read as years; 0 with fewer than 3 values. */
function yearShare(sample: readonly (readonly string[])[], column: number): number {
  const values = sample.map((row) => (row[column] ?? '').trim()).filter((value) => value !== '');
  if (values.length < 3) return 0;
  return values.filter((value) => parseYear(value) !== null).length / values.length;
}

/**
 * Detects which column holds what from the headers (English or Chinese: city / 城市 / 中方城市,
 * partner / 友城 / 友好城市 / 外方城市, country / 国家, province / 省份, year / date / 结好时间 /
 * 缔结时间 / 建立时间, lat / latitude / 纬度, lon / lng / longitude / 经度, with 1/2, from/to,
 * origin/dest, source/target variants). Each column fills at most one role, best score first; an
 * unmarked name column is the Chinese city and the next one the partner. When no header names a
 * year, a column whose sample values read as years (80 % or more) is taken with confidence 0.5.
 */
export function detectColumns(headers: readonly string[], sample: readonly (readonly string[])[] = []): ColumnDetection {
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    const { concept, side } = readHeader(header);
    if (concept === null) return;
    for (const [role, score] of rolesOf(concept, side)) candidates.push({ column, role, score });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = emptyMapping();
  const confidence = Object.fromEntries(COLUMN_ROLES.map((role) => [role, 0])) as Record<ColumnRole, number>;
  const used = new Set<number>();
  for (const { column, role, score } of candidates) {
    if (mapping[role] !== null || used.has(column)) continue;
    mapping[role] = column;
    confidence[role] = score;
    used.add(column);
  }
  if (mapping.year === null) {
    const column = headers.findIndex((_, i) => !used.has(i) && yearShare(sample, i) >= 0.8);
    if (column >= 0) {
      mapping.year = column;
      confidence.year = 0.5;
    }
  }
  return { mapping, confidence };
}

/** Why a mapping cannot be loaded: a name column is missing on either side. */
export type MappingProblem = 'no-cn-column' | 'no-partner-column';

/**
 * Checks that a mapping can build pairings: both sides need a name column (coordinates alone give
 * no name to show). Returns null when it can.
 */
export function mappingProblem(mapping: ColumnMapping): MappingProblem | null {
  if (mapping.cnName === null) return 'no-cn-column';
  if (mapping.partnerName === null) return 'no-partner-column';
  return null;
}
