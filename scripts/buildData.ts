/**
 * Builds the shipped dataset from the source pack: `npm run data:build [SOURCE_DIR]`.
 * SOURCE_DIR (or env ATLAS_SOURCE_DIR) defaults to ../shared/data/friendship-cities beside the repo.
 * Writes data/atlas.json, data/README.md and data/ATTRIBUTION.md; see data/README.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { buildDataset, type CsvRow } from './buildDataset';
import { attributionMarkdown } from './attributionMarkdown';
import { datasetCounts } from './datasetCounts';
import { dataReadme } from './dataReadme';
import { formatDatasetFile } from '../src/data/serializeDataset';
import { qualifyDistrictNames } from './districtNames';
import { createPublishedToSimplified, createToSimplified, loadGeoNamesLookups } from './geonamesNamesZh';
import { packPartnerNames } from './packPartnerNames';
import { countNameSources, createPartnerNames, sourcedLookup } from './partnerNameSources';
import { createTableLookup, parsePartnerNamesTable, partnerKey } from './partnerNamesTable';
import { packProblems } from './packChecks';
import { parseNotesTable } from './officialTotals';

const SOURCE_FILES = ['pairs.csv', 'evidence.csv', 'official_totals.csv', 'gazetteer_cn.csv'] as const;
type SourceFile = (typeof SOURCE_FILES)[number];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Chinese names of partners from published sources, asked after GeoNames and the pack (scripts/sources/README.md). */
const NAMES_TABLE = join(repoRoot, 'scripts', 'sources', 'partner-names-zh.tsv');
/** Names that replace a wrong one from GeoNames cities500 (same format as NAMES_TABLE). */
const CORRECTIONS_TABLE = join(repoRoot, 'scripts', 'sources', 'partner-names-zh-corrections.tsv');
const NOTES_TABLE = join(repoRoot, 'scripts', 'sources', 'totals-notes-zh.tsv');

function sourceDir(): string {
  const given = process.argv[2] ?? process.env.ATLAS_SOURCE_DIR;
  return given ? resolve(given) : resolve(repoRoot, '../shared/data/friendship-cities');
}

function parseCsv(name: string, bytes: Buffer): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const details = parsed.errors.slice(0, 5).map((error) => `row ${error.row}: ${error.message}`);
    throw new Error(`invalid CSV ${name}: ${details.join('; ')}`);
  }
  return parsed.data;
}

/** Chinese country names from Node's ICU, or '' everywhere when this Node has no Chinese ICU data. */
function createCountryNameZh(): (iso2: string) => string {
  const names = new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'none' });
  if (names.of('JP') !== '日本') {
    console.warn('warning: this Node has no Chinese region names in ICU; country names stay English');
    return () => '';
  }
  return (iso2) => {
    if (!/^[A-Z]{2}$/.test(iso2)) return '';
    const name = names.of(iso2);
    return name && name !== iso2 ? name : '';
  };
}

function main(): void {
  const dir = sourceDir();
  const hash = createHash('sha256');
  const bytes = {} as Record<SourceFile, Buffer>;
  for (const name of SOURCE_FILES) {
    try {
      bytes[name] = readFileSync(join(dir, name));
    } catch (error) {
      console.error(`error: cannot read the source pack file ${join(dir, name)} (${(error as Error).message})`);
      console.error('usage: npm run data:build [-- SOURCE_DIR]   (or set ATLAS_SOURCE_DIR)');
      process.exit(1);
    }
    hash.update(`${name}\n${bytes[name].length}\n`).update(bytes[name]);
  }
  const countryNameZh = createCountryNameZh();
  const geonames = loadGeoNamesLookups();
  const pairs = parseCsv('pairs.csv', bytes['pairs.csv']);
  const evidence = parseCsv('evidence.csv', bytes['evidence.csv']);
  const fromTitles = packPartnerNames(pairs, evidence, createToSimplified());
  const table = parsePartnerNamesTable(readFileSync(NAMES_TABLE, 'utf8'));
  const fromPublished = createPublishedToSimplified();
  const corrections = parsePartnerNamesTable(readFileSync(CORRECTIONS_TABLE, 'utf8'));
  const notesZh = parseNotesTable(readFileSync(NOTES_TABLE, 'utf8'));
  const names = createPartnerNames([
    createTableLookup(corrections, fromPublished),
    sourcedLookup('geonames-cities500', geonames.partnerNameZh),
    sourcedLookup('pack-titles', (partner) => fromTitles.get(partnerKey(partner)) ?? null),
    createTableLookup(table, fromPublished),
  ]);
  const built = buildDataset(
    {
      pairs,
      evidence,
      totals: parseCsv('official_totals.csv', bytes['official_totals.csv']),
      gazetteer: parseCsv('gazetteer_cn.csv', bytes['gazetteer_cn.csv']),
    },
    {
      sourceHash: hash.digest('hex'),
      countryNameZh,
      partnerNameZh: names.nameZh,
      totalNoteZh: (note) => notesZh.get(note) ?? null,
    },
  );
  const { warnings } = built;
  const file = { ...built.file, pairings: qualifyDistrictNames(built.file.pairings) };
  const counts = datasetCounts(file);
  const inEnglish = new Set(file.pairings.filter(({ partner }) => partner.nameZh === partner.nameEn).map(({ partner }) => partnerKey(partner)));
  // Names every source writes in kana (さいたま市) have no Chinese form; the README lists them.
  const inKana = [...table.values()].filter((row) => inEnglish.has(partnerKey(row)) && fromPublished(row.nameZh, row.iso2) === null);
  const nameCounts = { bySource: countNameSources(file, names.sourceOf), inKana: inKana.map((row) => row.nameZh).sort() };
  const problems = packProblems(file.pairings, ({ partner }) => geonames.nearestNamedPlaceKm(partner));
  const out = join(repoRoot, 'data');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'atlas.json'), formatDatasetFile(file));
  writeFileSync(join(out, 'README.md'), dataReadme(counts, nameCounts, warnings, problems));
  writeFileSync(join(out, 'ATTRIBUTION.md'), attributionMarkdown());
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const problem of problems) console.warn(`pack problem (${problem.kind}): ${problem.message}`);
  console.log(
    `data/atlas.json: ${counts.pairings} pairings, ${counts.drawable} on the map, ${counts.withYear} with a year, ` +
      `${counts.conflicts} conflicts, ${counts.notOnMap} not on the map, ` +
      `${counts.partnersWithNameZh}/${counts.partners} partners with a Chinese name ` +
      `(JP ${counts.partnersJp.join('/')}, KR ${counts.partnersKr.join('/')}), ${warnings.length} warnings, ${problems.length} pack problems`,
  );
}

main();
