import { decimalYear } from './decimalYear';
import { isJsonObject, parsePairing, readNumber, readOptionalString, readString, type JsonObject } from './parsePairing';
import { guessScopeKind, TOTAL_SCOPE_KINDS } from './totalScope';
import type { Dataset, OfficialTotal, Pairing, TotalScopeKind } from './schema';

function parseTotal(record: JsonObject, report: (field: string, reason: string) => void): OfficialTotal | null {
  const asOf = readString(record, 'asOf', report);
  const asOfYear = readNumber(record, 'asOfYear', report) ?? decimalYear(asOf);
  if (asOfYear === null) {
    report('asOf', 'is not a date; total dropped');
    return null;
  }
  const pairs = readNumber(record, 'pairs', report);
  const countries = readNumber(record, 'countries', report);
  const scope = readString(record, 'scope', report);
  const kind = record.scopeKind;
  const scopeKind = TOTAL_SCOPE_KINDS.find((allowed) => allowed === kind) ?? guessScopeKind(scope);
  if (kind !== undefined && scopeKind !== kind) report('scopeKind', `has unknown value ${JSON.stringify(kind)}; read as ${scopeKind}`);
  return {
    scope,
    scopeKind: scopeKind as TotalScopeKind,
    scopeCode: readOptionalString(record, 'scopeCode', report),
    asOf,
    asOfYear,
    pairs,
    countries,
    url: readString(record, 'url', report),
    note: readString(record, 'note', report),
    noteZh: readOptionalString(record, 'noteZh', report),
  };
}

/**
 * Reads a dataset file (the format of data/atlas.json, `DatasetFile`) from parsed JSON.
 *
 * Throws `Error('invalid dataset: …')` only when the top level is wrong: not an object, another
 * `format` or `version`, or `pairings` / `totals` not lists. Everything below is coerced: a bad field
 * takes a fallback, a pairing with unusable coordinates is kept with `notOnMap` set, and only records
 * that cannot be identified (not an object, no id, a repeated id) are dropped. Every such case adds a
 * line to `problems`, prefixed with the record's id or position.
 */
export function parseDatasetFile(json: unknown): { dataset: Dataset; problems: string[] } {
  if (!isJsonObject(json)) throw new Error('invalid dataset: not a JSON object');
  if (json.format !== 'sister-city-atlas') throw new Error(`invalid dataset: format ${JSON.stringify(json.format)}`);
  if (json.version !== 1) throw new Error(`invalid dataset: version ${JSON.stringify(json.version)}`);
  if (!Array.isArray(json.pairings)) throw new Error('invalid dataset: pairings is not a list');
  if (!Array.isArray(json.totals)) throw new Error('invalid dataset: totals is not a list');

  const problems: string[] = [];
  const title = readString(json, 'title', (field, reason) => problems.push(`${field} ${reason}`));
  const pairings: Pairing[] = [];
  const seen = new Set<string>();
  json.pairings.forEach((record: unknown, index) => {
    const id = isJsonObject(record) && typeof record.id === 'string' ? record.id.trim() : '';
    if (!isJsonObject(record) || id === '') {
      problems.push(`pairing ${index + 1}: no id; dropped`);
      return;
    }
    if (seen.has(id)) {
      problems.push(`${id}: repeated id; dropped`);
      return;
    }
    seen.add(id);
    pairings.push(parsePairing(record, id, (field, reason) => problems.push(`${id}: ${field} ${reason}`)));
  });
  const totals: OfficialTotal[] = [];
  json.totals.forEach((record: unknown, index) => {
    const report = (field: string, reason: string): void => {
      problems.push(`total ${index + 1}: ${field} ${reason}`);
    };
    const total = isJsonObject(record) ? parseTotal(record, report) : null;
    if (!isJsonObject(record)) report('record', 'is not an object; dropped');
    if (total) totals.push(total);
  });
  return { dataset: { title, pairings, totals }, problems };
}
