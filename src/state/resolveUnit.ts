import { splitQualifier, stripCnSuffix } from '../data/import/nameKey';
import type { CnLevel, Dataset } from '../data/schema';

/** A Chinese unit a `home=` or `city=` reference can name: one of the dataset's units, or a parent of one. */
export interface CnUnit {
  /** GB/T 2260 code; '' for a unit of user data without one. */
  code: string;
  nameEn: string;
  nameZh: string;
  level: CnLevel;
  provinceEn: string;
  provinceZh: string;
  /** Whether the unit has ties of its own (else it is only the parent of units that do). */
  hasTies: boolean;
}

const cache = new WeakMap<Dataset, CnUnit[]>();

/**
 * Every Chinese unit of a dataset, with the prefectures and provinces its counties and districts belong to
 * even when those have no ties of their own (a county's code 341182 gives its prefecture 341100; a county
 * whose parent is its province, 469002, gives 460000). Memoised per dataset.
 */
export function selectCnUnits(dataset: Dataset): CnUnit[] {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const byKey = new Map<string, CnUnit>();
  const derived = new Map<string, CnUnit>();
  for (const { cn } of dataset.pairings) {
    const key = cn.code || `${cn.nameZh}|${cn.provinceZh}|${cn.level}`;
    if (!byKey.has(key)) {
      byKey.set(key, {
        code: cn.code,
        nameEn: cn.nameEn,
        nameZh: cn.nameZh,
        level: cn.level,
        provinceEn: cn.provinceEn,
        provinceZh: cn.provinceZh,
        hasTies: true,
      });
    }
    if (!/^\d{6}$/.test(cn.code)) continue;
    const province = { provinceEn: cn.provinceEn, provinceZh: cn.provinceZh, hasTies: false };
    const provinceCode = `${cn.code.slice(0, 2)}0000`;
    if (cn.provinceZh && !derived.has(provinceCode)) {
      derived.set(provinceCode, {
        code: provinceCode,
        nameEn: cn.provinceEn,
        nameZh: cn.provinceZh,
        level: 'province',
        ...province,
      });
    }
    const underPrefecture = (cn.level === 'county' || cn.level === 'district') && cn.parentZh !== cn.provinceZh;
    const prefectureCode = `${cn.code.slice(0, 4)}00`;
    if (underPrefecture && cn.parentZh && !derived.has(prefectureCode)) {
      derived.set(prefectureCode, {
        code: prefectureCode,
        nameEn: cn.parentEn,
        nameZh: cn.parentZh,
        level: 'prefecture',
        ...province,
      });
    }
  }
  for (const [code, unit] of derived) if (!byKey.has(code)) byKey.set(code, unit);
  const units = [...byKey.values()];
  cache.set(dataset, units);
  return units;
}

const LEVEL_HINTS: Readonly<Record<CnLevel, string>> = {
  province: 'province',
  prefecture: 'city',
  county: 'county',
  district: 'district',
};

const byName = new WeakMap<Dataset, Map<string, CnUnit[]>>();

/** The units of a dataset by the key of each of their names without its suffix. Memoised per dataset. */
function unitsByName(dataset: Dataset): Map<string, CnUnit[]> {
  const hit = byName.get(dataset);
  if (hit) return hit;
  const map = new Map<string, CnUnit[]>();
  for (const unit of selectCnUnits(dataset)) {
    const keys = new Set([unit.nameZh, unit.nameEn].map((name) => stripCnSuffix(name).key));
    for (const key of keys) map.set(key, [...(map.get(key) ?? []), unit]);
  }
  byName.set(dataset, map);
  return map;
}

/** How well a name matches a unit: 3 the exact name, 2 the name and its level, 1 the name without its suffix. */
function score(unit: CnUnit, query: string, hint: string | null): number {
  if (unit.nameZh === query || unit.nameEn === query) return 3;
  return hint !== null && hint === LEVEL_HINTS[unit.level] ? 2 : 1;
}

const LEVEL_RANK: Readonly<Record<CnLevel, number>> = { province: 0, prefecture: 1, county: 2, district: 3 };

/**
 * Finds the Chinese unit a reference names: a GB/T 2260 code (`320200`), or a Chinese or English name with or
 * without its suffix (`无锡`, `无锡市`, `Wuxi`, `Wuxi City`, `江苏省`), optionally qualified by its province
 * (`Suzhou, Anhui`, `苏州（安徽）`). Among equal matches: the exact name, then the higher level, then the unit
 * that has ties of its own, then the lower code. Null when nothing matches.
 */
export function resolveUnit(dataset: Dataset, reference: string): CnUnit | null {
  const query = reference.normalize('NFKC').trim();
  if (query === '') return null;
  const units = selectCnUnits(dataset);
  if (/^\d{6}$/.test(query)) return units.find((unit) => unit.code === query) ?? null;
  const { name, qualifier } = splitQualifier(query);
  const wanted = stripCnSuffix(name);
  const province = qualifier ? stripCnSuffix(qualifier).key : '';
  let best: CnUnit | null = null;
  let bestScore = 0;
  for (const unit of unitsByName(dataset).get(wanted.key) ?? []) {
    if (province && ![unit.provinceZh, unit.provinceEn].some((p) => stripCnSuffix(p).key === province)) continue;
    const s = score(unit, name, wanted.hint);
    if (s < bestScore || (s === bestScore && best && !ranksBefore(unit, best))) continue;
    best = unit;
    bestScore = s;
  }
  return best;
}

function ranksBefore(a: CnUnit, b: CnUnit): boolean {
  if (LEVEL_RANK[a.level] !== LEVEL_RANK[b.level]) return LEVEL_RANK[a.level] < LEVEL_RANK[b.level];
  if (a.hasTies !== b.hasTies) return a.hasTies;
  return a.code < b.code;
}
