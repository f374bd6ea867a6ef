import type { Dataset, Pairing } from '../data/schema';
import type { CnUnit } from './resolveUnit';

/**
 * The GB/T 2260 code prefix a unit covers with its districts and counties: a province or a municipality
 * (`320000`, `110000`) covers `32…`/`11…`, a prefecture (`320200`) covers `3202…`, any other unit only itself.
 */
export function codePrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether a pairing's Chinese side is the unit itself (matched by code, or by names for codeless data). */
function isUnit(p: Pairing, unit: CnUnit): boolean {
  if (unit.code !== '' && p.cn.code !== '') return p.cn.code === unit.code;
  return p.cn.nameZh === unit.nameZh && p.cn.provinceZh === unit.provinceZh && p.cn.level === unit.level;
}

/** Whether a pairing's Chinese side lies inside the unit: by code prefix, or by parent/province names without codes. */
function isInside(p: Pairing, unit: CnUnit): boolean {
  if (unit.code !== '' && p.cn.code !== '') return p.cn.code.startsWith(codePrefix(unit.code));
  if (unit.level === 'province') return p.cn.provinceZh === unit.nameZh;
  return p.cn.parentZh === unit.nameZh && p.cn.provinceZh === unit.provinceZh;
}

/**
 * Indexes of the pairings of a home unit, in dataset order: its own ties and, with `sub` (the URL's `sub=1`,
 * the default), those of every unit inside it — a prefecture's districts and counties, a province's
 * prefectures, counties and districts.
 */
export function selectHomePairings(dataset: Dataset, unit: CnUnit, sub: boolean): number[] {
  const indexes: number[] = [];
  dataset.pairings.forEach((p, i) => {
    if (sub ? isUnit(p, unit) || isInside(p, unit) : isUnit(p, unit)) indexes.push(i);
  });
  return indexes;
}

/** The first partner of a home unit: the earliest dated tie. */
export interface FirstPartner {
  nameEn: string;
  nameZh: string;
  iso2: string;
  countryEn: string;
  countryZh: string;
  year: number;
}

/** The figures of the home card: "无锡 Wuxi · 43 ties with 20 countries since 1981 · first: Akashi, Japan". */
export interface HomeFigures {
  unit: CnUnit;
  /** Pairings counted (see `selectHomePairings`). */
  ties: number;
  /** Distinct partner countries (ISO2, or the English country name when the code is unknown). */
  countries: number;
  /** Ties that can be drawn. */
  onMap: number;
  /** Ties with a known year. */
  dated: number;
  /** The earliest year, or null when no tie is dated. */
  firstYear: number | null;
  /** The partner of the earliest tie, or null when no tie is dated. */
  first: FirstPartner | null;
}

/** The most precise date a pairing's own year is claimed with ("1981-04-20" before "1981"): breaks ties within a year. */
function firstDate(p: Pairing): string {
  const dates = p.claims
    .filter((c) => c.year === p.year)
    .map((c) => c.date)
    .sort();
  return dates.find((d) => d.length > 4) ?? dates[0] ?? '';
}

function earlier(a: Pairing, b: Pairing): boolean {
  if (a.year !== b.year) return (a.year ?? Infinity) < (b.year ?? Infinity);
  const da = firstDate(a);
  const db = firstDate(b);
  if (da.length > 4 && db.length > 4 && da !== db) return da < db;
  return a.id < b.id;
}

/** Counts the home card's figures over the pairings of a home unit (see `selectHomePairings`). */
export function selectHomeFigures(dataset: Dataset, unit: CnUnit, sub: boolean): HomeFigures {
  const countries = new Set<string>();
  let onMap = 0;
  let dated = 0;
  let first: Pairing | null = null;
  const indexes = selectHomePairings(dataset, unit, sub);
  for (const i of indexes) {
    const p = dataset.pairings[i]!;
    countries.add(p.partner.iso2 || p.partner.countryEn);
    if (p.notOnMap === null) onMap++;
    if (p.year === null) continue;
    dated++;
    if (!first || earlier(p, first)) first = p;
  }
  return {
    unit,
    ties: indexes.length,
    countries: countries.size,
    onMap,
    dated,
    firstYear: first?.year ?? null,
    first:
      first && first.year !== null
        ? {
            nameEn: first.partner.nameEn,
            nameZh: first.partner.nameZh,
            iso2: first.partner.iso2,
            countryEn: first.partner.countryEn,
            countryZh: first.partner.countryZh,
            year: first.year,
          }
        : null,
  };
}
