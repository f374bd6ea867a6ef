import type { Dataset } from '../data/schema';
import { selectSearchEntries, type SearchEntry } from './searchIndex';
import type { SearchResult } from './searchResult';
import { hasHan, latinWords, normaliseHan, normaliseLatin, stripHanSuffix } from './searchText';

export type { SearchResult } from './searchResult';

/**
 * How well a query matches, best first: exact name; name prefix or exact initials (typing "sz" means
 * Shenzhen or Suzhou as much as Szolnok, so the number of ties decides); name substring; initials prefix.
 */
const EXACT = 4;
const PREFIX = 3;
const INITIALS = 3;
const SUBSTRING = 2;
const INITIALS_PREFIX = 1;

const KIND_ORDER = { cn: 0, partner: 1, country: 2 } as const;

function scoreForms(forms: readonly string[], variants: readonly string[], allowSubstring: boolean): number {
  let best = 0;
  for (const form of forms) {
    for (const q of variants) {
      if (form === q) return EXACT;
      if (form.startsWith(q)) best = Math.max(best, PREFIX);
      else if (allowSubstring && best < SUBSTRING && form.includes(q)) best = SUBSTRING;
    }
  }
  return best;
}

function scoreInitials(initials: readonly string[], q: string): number {
  if (q.length < 2) return 0;
  let best = 0;
  for (const form of initials) {
    if (form === q) return INITIALS;
    if (form.startsWith(q)) best = INITIALS_PREFIX;
  }
  return best;
}

/** A query reduced once, before it is compared with every entry. */
interface Query {
  han: boolean;
  variants: string[];
  /** Whether initials are compared: only with what was typed as one Latin word ("nj", not "n j"). */
  initials: boolean;
  substring: boolean;
}

function prepareQuery(text: string): Query {
  if (hasHan(text)) {
    const q = normaliseHan(text);
    return { han: true, variants: [q, stripHanSuffix(q)].filter((v) => v !== ''), initials: false, substring: true };
  }
  const q = normaliseLatin(text);
  return { han: false, variants: q ? [q] : [], initials: latinWords(text).length === 1, substring: q.length >= 2 };
}

function score(entry: SearchEntry, query: Query): number {
  if (query.han) return scoreForms(entry.han, query.variants, query.substring);
  const byName = scoreForms(entry.latin, query.variants, query.substring);
  const initials = query.initials ? scoreInitials(entry.initials, query.variants[0]!) : 0;
  return Math.max(byName, initials);
}

/**
 * Finds Chinese units, partner cities and partner countries for a query typed in any form:
 * Chinese characters with or without 市/省/县/区 (南京, 南京市), pinyin with or without tones and spaces
 * (nanjing, nán jīng, nan jing), pinyin initials (nj; needs `cn.pinyin` in the data), English names
 * (Nanjing, St. Louis = Saint Louis), partner Chinese names (圣路易斯), country names (日本, Japan) and
 * country codes typed as initials (jp, us).
 * Ranked by how well the name matches (exact; prefix or initials; substring; initials prefix), then by
 * number of ties, then Chinese units before partners before countries. Returns at most `limit` results.
 */
export function searchAtlas(dataset: Dataset, query: string, limit = 10): SearchResult[] {
  const prepared = prepareQuery(query);
  if (prepared.variants.length === 0) return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of selectSearchEntries(dataset)) {
    const s = score(entry, prepared);
    if (s > 0) scored.push({ entry, score: s });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.entry.result.ties - a.entry.result.ties ||
      KIND_ORDER[a.entry.result.kind] - KIND_ORDER[b.entry.result.kind] ||
      (a.entry.result.nameEn < b.entry.result.nameEn ? -1 : a.entry.result.nameEn > b.entry.result.nameEn ? 1 : 0),
  );
  return scored.slice(0, Math.max(0, limit)).map((s) => s.entry.result);
}
