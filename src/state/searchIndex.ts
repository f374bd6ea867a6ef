import type { Dataset, Pairing } from '../data/schema';
import { selectCities, type City } from './cities';
import type { SearchResult } from './searchResult';
import { hasHan, normaliseHan, normaliseLatin, pinyinForms, stripHanSuffix } from './searchText';

/** One searchable thing: its result and its names reduced for comparison. */
export interface SearchEntry {
  result: SearchResult;
  /** Chinese names, with and without their administrative suffix. */
  han: string[];
  /** Latin names and joined pinyin ("nanjing", "stlouis"). */
  latin: string[];
  /** Pinyin initials ("nj", from `cn.pinyin` only) and a country's ISO code ("jp"). */
  initials: string[];
}

function addName(entry: SearchEntry, name: string): void {
  if (!name) return;
  if (hasHan(name)) {
    const han = normaliseHan(name);
    entry.han.push(han);
    const stripped = stripHanSuffix(han);
    if (stripped) entry.han.push(stripped);
  } else {
    const latin = normaliseLatin(name);
    if (latin) entry.latin.push(latin);
  }
}

/** The cn unit's toneless pinyin ("nan jing") when the dataset has it (optional on imported data). */
function pinyinOf(pairing: Pairing): string {
  const pinyin = (pairing.cn as { pinyin?: unknown }).pinyin;
  return typeof pinyin === 'string' ? pinyin : '';
}

function cnEntry(dataset: Dataset, city: City): SearchEntry {
  const first = dataset.pairings[city.pairings[0]!]!;
  const entry: SearchEntry = {
    result: {
      kind: 'cn',
      key: city.key,
      nameEn: city.nameEn,
      nameZh: city.nameZh,
      level: first.cn.level,
      provinceEn: city.regionEn,
      provinceZh: city.regionZh,
      parentEn: first.cn.parentEn,
      parentZh: first.cn.parentZh,
      countryEn: city.countryEn,
      countryZh: city.countryZh,
      ties: city.pairings.length,
    },
    han: [],
    latin: [],
    initials: [],
  };
  addName(entry, city.nameEn);
  addName(entry, city.nameZh);
  const withPinyin = city.pairings.map((i) => pinyinOf(dataset.pairings[i]!)).find((p) => p !== '');
  if (withPinyin) {
    const forms = pinyinForms(withPinyin, city.nameZh);
    entry.latin.push(...forms.full);
    entry.initials.push(...forms.initials.filter((i) => i.length >= 2));
  }
  return entry;
}

function partnerEntry(dataset: Dataset, city: City): SearchEntry {
  const first = dataset.pairings[city.pairings[0]!]!;
  const entry: SearchEntry = {
    result: {
      kind: 'partner',
      key: city.key,
      nameEn: city.nameEn,
      nameZh: city.nameZh,
      level: first.partner.level,
      provinceEn: '',
      provinceZh: '',
      parentEn: '',
      parentZh: '',
      countryEn: city.countryEn,
      countryZh: city.countryZh,
      ties: city.pairings.length,
    },
    han: [],
    latin: [],
    initials: [],
  };
  addName(entry, city.nameEn);
  addName(entry, city.nameZh);
  return entry;
}

function countryEntries(dataset: Dataset): SearchEntry[] {
  const byKey = new Map<string, SearchEntry>();
  for (const p of dataset.pairings) {
    const key = p.partner.iso2 || p.partner.countryEn;
    if (!key) continue;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        result: {
          kind: 'country',
          key,
          nameEn: p.partner.countryEn || key,
          nameZh: p.partner.countryZh || p.partner.countryEn || key,
          level: null,
          provinceEn: '',
          provinceZh: '',
          parentEn: '',
          parentZh: '',
          countryEn: p.partner.countryEn,
          countryZh: p.partner.countryZh,
          ties: 0,
        },
        han: [],
        latin: [],
        initials: [],
      };
      addName(entry, entry.result.nameEn);
      addName(entry, entry.result.nameZh);
      if (p.partner.iso2) entry.initials.push(p.partner.iso2.toLowerCase());
      byKey.set(key, entry);
    }
    entry.result.ties++;
  }
  return [...byKey.values()];
}

const cache = new WeakMap<Dataset, SearchEntry[]>();

/** Every searchable Chinese unit, partner and country of a dataset. Memoised per dataset object. */
export function selectSearchEntries(dataset: Dataset): SearchEntry[] {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const index = selectCities(dataset);
  const entries = [...index.cn.map((city) => cnEntry(dataset, city)), ...index.partner.map((city) => partnerEntry(dataset, city)), ...countryEntries(dataset)];
  cache.set(dataset, entries);
  return entries;
}
