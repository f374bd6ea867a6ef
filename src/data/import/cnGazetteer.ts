import type { CnLevel } from '../schema';
import { hasHan, nameKey, splitQualifier, stripCnSuffix, type LevelHint } from './nameKey';

/** One Chinese administrative unit of the shipped gazetteer (public/gazetteer/cn.tsv). */
export interface CnUnit {
  /** GB/T 2260 code. */
  code: string;
  zh: string;
  en: string;
  /** Toneless pinyin syllables, space separated. */
  pinyin: string;
  /** The pack's level: province, autonomous region, municipality, SAR, prefecture, county-level city, county, district. */
  level: string;
  /** Code of the parent unit, '' for province-level units. */
  parent: string;
  lat: number | null;
  lon: number | null;
}

/** The Chinese gazetteer, indexed for name lookup. */
export interface CnGazetteer {
  byCode: ReadonlyMap<string, CnUnit>;
  /** Full Chinese names ("苏州市"). */
  byFullZh: ReadonlyMap<string, CnUnit[]>;
  /** Chinese names without suffix ("苏州"), English and pinyin keys ("suzhou"). */
  byKey: ReadonlyMap<string, CnUnit[]>;
}

function push(map: Map<string, CnUnit[]>, key: string, unit: CnUnit): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

function coordinate(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Reads cn.tsv (code, zh, en, pinyin, level, parent, lat, lon; header first) and indexes it. */
export function parseCnGazetteer(tsv: string): CnGazetteer {
  const byCode = new Map<string, CnUnit>();
  const byFullZh = new Map<string, CnUnit[]>();
  const byKey = new Map<string, CnUnit[]>();
  for (const line of tsv.split('\n').slice(1)) {
    const [code = '', zh = '', en = '', pinyin = '', level = '', parent = '', lat, lon] = line.split('\t');
    if (code === '') continue;
    const unit: CnUnit = { code, zh, en, pinyin, level, parent, lat: coordinate(lat), lon: coordinate(lon) };
    byCode.set(code, unit);
    push(byFullZh, nameKey(zh), unit);
    push(byKey, stripCnSuffix(zh).key, unit);
    push(byKey, nameKey(en), unit);
    push(byKey, stripCnSuffix(en).key, unit);
    push(byKey, nameKey(pinyin), unit);
  }
  return { byCode, byFullZh, byKey };
}

/** The schema level of a unit: municipalities and SARs pair as prefecture-level cities. */
export function cnLevelOf(unit: CnUnit): CnLevel {
  if (unit.level === 'province' || unit.level === 'autonomous region') return 'province';
  if (unit.level === 'county-level city' || unit.level === 'county') return 'county';
  if (unit.level === 'district') return 'district';
  return 'prefecture';
}

/** The province-level unit a unit belongs to (itself for provinces and municipalities). */
export function provinceOf(gazetteer: CnGazetteer, unit: CnUnit): CnUnit {
  return gazetteer.byCode.get(`${unit.code.slice(0, 2)}0000`) ?? unit;
}

function fitsHint(unit: CnUnit, hint: LevelHint): boolean {
  if (hint === null) return true;
  if (hint === 'city') return unit.level === 'prefecture' || unit.level === 'municipality' || unit.level === 'county-level city';
  return cnLevelOf(unit) === hint;
}

/** Keys a qualifier such as "Jiangsu", "江苏省" or "Beijing" may match on a unit's province or parent. */
function qualifierFits(gazetteer: CnGazetteer, unit: CnUnit, qualifier: string): boolean {
  const key = stripCnSuffix(qualifier).key;
  const owners = [provinceOf(gazetteer, unit), gazetteer.byCode.get(unit.parent)];
  return owners.some(
    (owner) => owner !== undefined && [stripCnSuffix(owner.zh).key, nameKey(owner.en), stripCnSuffix(owner.en).key, nameKey(owner.pinyin)].includes(key),
  );
}

/** 0 for province- and prefecture-level units, 1 for counties and districts. */
function tier(unit: CnUnit): number {
  const level = cnLevelOf(unit);
  return level === 'county' || level === 'district' ? 1 : 0;
}

/** How a name resolved in the Chinese gazetteer. */
export type CnMatch =
  | { kind: 'found'; unit: CnUnit; lat: number; lon: number; fromParent: boolean }
  | { kind: 'no-point'; unit: CnUnit }
  | { kind: 'ambiguous'; candidates: CnUnit[] }
  | { kind: 'not-found' };

/** A found unit with its point, or its nearest ancestor's point when it has none. */
export function withPoint(gazetteer: CnGazetteer, unit: CnUnit): CnMatch {
  for (let owner: CnUnit | undefined = unit, fromParent = false; owner; owner = gazetteer.byCode.get(owner.parent), fromParent = true) {
    if (owner.lat !== null && owner.lon !== null) return { kind: 'found', unit, lat: owner.lat, lon: owner.lon, fromParent };
  }
  return { kind: 'no-point', unit };
}

/**
 * Finds a Chinese unit by name in Chinese ("苏州市", "苏州"), English ("Suzhou", "Suzhou City")
 * or pinyin ("su zhou"), optionally with its province or parent city (a `province` cell, or a
 * qualifier in the name: "Suzhou, Jiangsu", "朝阳区（北京）"). A full Chinese name matches exactly
 * first. Among several matches, a bare name means the prefecture- or province-level unit over
 * counties and districts of the same name ("Chaoyang" is 朝阳市); what is still several is
 * ambiguous (Suzhou, Taizhou, Yichun, Jilin) and never chosen here. A unit without a point takes
 * its parent's point, flagged `fromParent`.
 */
export function lookupCn(gazetteer: CnGazetteer, text: string, province = ''): CnMatch {
  const { name, qualifier } = splitQualifier(text);
  const within = [province, qualifier].filter((q) => q.trim() !== '');
  let candidates = hasHan(name) ? (gazetteer.byFullZh.get(nameKey(name)) ?? []) : [];
  if (candidates.length === 0) {
    const stripped = stripCnSuffix(name);
    candidates = (gazetteer.byKey.get(stripped.key) ?? []).filter((unit) => fitsHint(unit, stripped.hint));
  }
  for (const q of within) candidates = candidates.filter((unit) => qualifierFits(gazetteer, unit, q));
  if (candidates.length > 1) {
    const top = Math.min(...candidates.map(tier));
    candidates = candidates.filter((unit) => tier(unit) === top);
  }
  if (candidates.length === 0) return { kind: 'not-found' };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates: [...candidates].sort((a, b) => a.code.localeCompare(b.code)) };
  return withPoint(gazetteer, candidates[0]!);
}
