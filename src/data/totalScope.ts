/**
 * Which unit a published total (official_totals.csv `scope`) is for: the build resolves each scope to a
 * kind and a GB/T 2260 code with the Chinese gazetteer. Pure: no DOM.
 */
import type { TotalScopeKind } from './schema';

/** Every scope kind, for validation. */
export const TOTAL_SCOPE_KINDS: readonly TotalScopeKind[] = ['national', 'bilateral', 'province', 'city'];

/** A unit of the Chinese gazetteer (gazetteer_cn.csv) as scope resolution needs it. */
export interface ScopeUnit {
  code: string;
  nameEn: string;
  /** gazetteer_cn.csv `level`: province, autonomous region, municipality, SAR, prefecture, … */
  level: string;
  provinceEn: string;
}

const PROVINCE_LEVELS = new Set(['province', 'autonomous region']);
const CITY_LEVELS = new Set(['municipality', 'SAR', 'prefecture']);

/**
 * The kind a scope's text alone tells: `China` is national, a scope with a dash (`China–Japan`,
 * `Jiangsu–United States`) bilateral, anything else a single unit read as a city. Used for files written
 * before totals carried `scopeKind`.
 */
export function guessScopeKind(scope: string): TotalScopeKind {
  if (scope.trim() === 'China') return 'national';
  if (/[–—-]/.test(scope)) return 'bilateral';
  return 'city';
}

/**
 * Resolves a scope against the gazetteer: a province-level name (`Jiangsu`, `Guangxi`) to that province,
 * a city name (`Nanjing`, or `Suzhou (Jiangsu)` when two prefectures share the name) to that prefecture
 * or municipality. Returns null when the name is not exactly one unit (the caller warns).
 */
export function resolveScope(scope: string, units: readonly ScopeUnit[]): { kind: TotalScopeKind; code: string } | null {
  const kind = guessScopeKind(scope);
  if (kind !== 'city') return { kind, code: '' };
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(scope.trim());
  const name = (match?.[1] ?? scope).trim();
  const province = match?.[2]?.trim();
  const found = units.filter(
    (unit) =>
      unit.nameEn === name && (PROVINCE_LEVELS.has(unit.level) || CITY_LEVELS.has(unit.level)) && (province === undefined || unit.provinceEn === province),
  );
  const [unit, ...others] = found;
  if (!unit || others.length > 0) return null;
  return { kind: PROVINCE_LEVELS.has(unit.level) ? 'province' : 'city', code: unit.code };
}
