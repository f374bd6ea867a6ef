/**
 * How complete the dataset is against the published figures: the newest official total of a city or
 * province, and a table of dataset counts beside them. Pure: no DOM.
 */
import type { CnLevel, OfficialTotal, Pairing } from './schema';

/** A Chinese unit as the coverage lookup needs it (a pairing's `cn` side fits). */
export interface CoverageUnit {
  /** GB/T 2260 code; '' when unknown (then the English name decides). */
  code: string;
  nameEn: string;
  level: CnLevel;
}

/** The newest official figure for one unit. */
export interface OfficialFigure {
  /** The totals row's scope as written (`Nanjing`, `Suzhou (Jiangsu)`). */
  scope: string;
  pairs: number;
  countries: number | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  asOf: string;
  asOfYear: number;
  /** What the figure counts (friendly-exchange cities included or not…); show it with the figure. */
  note: string;
  /** `note` in Chinese, '' when the dataset has no translation. */
  noteZh: string;
  url: string;
}

function matchesUnit(total: OfficialTotal, unit: CoverageUnit): boolean {
  const kind = unit.level === 'province' ? 'province' : unit.level === 'prefecture' ? 'city' : null;
  if (kind === null || total.scopeKind !== kind) return false;
  if (unit.code !== '' && total.scopeCode !== '') return total.scopeCode === unit.code;
  return total.scope.replace(/\s*\([^)]*\)\s*$/, '') === unit.nameEn;
}

/**
 * The newest official total with a pair count for a province (`level` province) or a city (`level`
 * prefecture, which includes the municipalities), matched on the GB/T 2260 code, or on the English
 * name when the unit or the total has no code (older files). Counties and districts have none: null.
 * Of two figures of the same date the later row wins.
 */
export function officialFigureFor(totals: readonly OfficialTotal[], unit: CoverageUnit): OfficialFigure | null {
  let best: OfficialTotal | null = null;
  for (const total of totals) {
    if (total.pairs === null || !matchesUnit(total, unit)) continue;
    if (best === null || total.asOfYear >= best.asOfYear) best = total;
  }
  if (best === null || best.pairs === null) return null;
  const { scope, pairs, countries, asOf, asOfYear, note, noteZh, url } = best;
  return { scope, pairs, countries, asOf, asOfYear, note, noteZh, url };
}

/** One row of the coverage table. */
export interface CoverageRow {
  kind: 'province' | 'city';
  code: string;
  nameEn: string;
  nameZh: string;
  /** Pairings of the unit itself (for a province: of every unit in it, the province included). */
  dataset: number;
  /** For a city: its pairings plus those of its counties and districts; for a province equal to `dataset`. */
  datasetWithSubunits: number;
  official: OfficialFigure | null;
  /** The dataset lists more ties than the official figure (which is then probably out of date or narrower). */
  datasetAhead: boolean;
}

function provinceCode(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 2)}0000` : '';
}

function cityPrefix(code: string): string {
  return code.endsWith('0000') ? code.slice(0, 2) : code.slice(0, 4);
}

/**
 * The coverage table: one row per province-level unit that has pairings or an official figure, then one
 * row per city with an official figure, each sorted by code. Pairings without a code count nowhere.
 */
export function coverageTable(pairings: readonly Pairing[], totals: readonly OfficialTotal[]): CoverageRow[] {
  const provinces = new Map<string, { nameEn: string; nameZh: string }>();
  const cityNames = new Map<string, { nameEn: string; nameZh: string }>();
  for (const { cn } of pairings) {
    const province = provinceCode(cn.code);
    if (province !== '' && !provinces.has(province)) provinces.set(province, { nameEn: cn.provinceEn, nameZh: cn.provinceZh });
    if (cn.level === 'prefecture' && !cityNames.has(cn.code)) cityNames.set(cn.code, { nameEn: cn.nameEn, nameZh: cn.nameZh });
  }
  const rows: CoverageRow[] = [];
  const row = (kind: CoverageRow['kind'], code: string, names: { nameEn: string; nameZh: string }): void => {
    const official = officialFigureFor(totals, { code, nameEn: names.nameEn, level: kind === 'province' ? 'province' : 'prefecture' });
    const own = pairings.filter((p) => (kind === 'province' ? provinceCode(p.cn.code) === code : p.cn.code === code)).length;
    const withSub = kind === 'province' ? own : pairings.filter((p) => p.cn.code.startsWith(cityPrefix(code))).length;
    if (kind === 'city' && official === null) return;
    rows.push({ kind, code, ...names, dataset: own, datasetWithSubunits: withSub, official, datasetAhead: official !== null && own > official.pairs });
  };
  for (const total of totals) {
    if (total.scopeKind === 'province' && total.scopeCode !== '' && !provinces.has(total.scopeCode)) {
      provinces.set(total.scopeCode, { nameEn: total.scope, nameZh: total.scope });
    }
    if (total.scopeKind === 'city' && total.scopeCode !== '' && !cityNames.has(total.scopeCode)) {
      cityNames.set(total.scopeCode, { nameEn: total.scope, nameZh: total.scope });
    }
  }
  for (const [code, names] of [...provinces].sort(([a], [b]) => (a < b ? -1 : 1))) row('province', code, names);
  for (const [code, names] of [...cityNames].sort(([a], [b]) => (a < b ? -1 : 1))) row('city', code, names);
  return rows;
}
