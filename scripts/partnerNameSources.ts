import type { DatasetFile } from '../src/data/schema';
import type { PartnerQuery } from './buildDataset';
import { partnerKey, type TableSource } from './partnerNamesTable';

/** Where a partner's Chinese name comes from: GeoNames cities500, the pack's partner pages, or a table source. */
export type NameSource = 'geonames-cities500' | 'pack-titles' | TableSource;

/** The labels data/README.md counts partner names under, in the order the build asks the sources. */
export const NAME_SOURCE_LABELS: Readonly<Record<NameSource, string>> = {
  'geonames-cities500': 'GeoNames cities500, matched on name and point',
  'pack-titles': "the partner's own page in the source pack",
  libhangul: 'libhangul hanja.txt place names',
  wof: "Who's On First",
  'iso-codes': 'iso-codes ISO 3166-2 translations',
  'geonames-zh': 'GeoNames Chinese names (libgeonames-common)',
  cities1000: 'GeoNames cities1000',
  libgweather: 'libgweather world locations (GNOME translators)',
  kstars: 'KStars city list (KDE translators)',
};

/** A lookup of a partner's Chinese name that says which source gave it. */
export type SourcedLookup = (partner: PartnerQuery) => { nameZh: string; source: NameSource } | null;

/** A plain lookup whose every name is credited to `source`. */
export function sourcedLookup(source: NameSource, lookup: (partner: PartnerQuery) => string | null): SourcedLookup {
  return (partner) => {
    const nameZh = lookup(partner);
    return nameZh === null ? null : { nameZh, source };
  };
}

/**
 * Asks the lookups in order and keeps the first name found, so an earlier source is never overridden by
 * a later one; remembers each named partner's source by `partnerKey`.
 */
export function createPartnerNames(lookups: readonly SourcedLookup[]): {
  nameZh: (partner: PartnerQuery) => string | null;
  sourceOf: ReadonlyMap<string, NameSource>;
} {
  const sourceOf = new Map<string, NameSource>();
  return {
    nameZh: (partner) => {
      for (const lookup of lookups) {
        const found = lookup(partner);
        if (found === null) continue;
        sourceOf.set(partnerKey(partner), found.source);
        return found.nameZh;
      }
      return null;
    },
    sourceOf,
  };
}

/** Distinct partners of the file that show a Chinese name, by the source of the name, in label order. */
export function countNameSources(file: DatasetFile, sourceOf: ReadonlyMap<string, NameSource>): [NameSource, number][] {
  const named = new Map<string, NameSource | undefined>();
  for (const { partner } of file.pairings) {
    if (partner.nameZh !== partner.nameEn) named.set(partnerKey(partner), sourceOf.get(partnerKey(partner)));
  }
  const sources = Object.keys(NAME_SOURCE_LABELS) as NameSource[];
  return sources.map((source) => [source, [...named.values()].filter((value) => value === source).length]);
}

/** What data/README.md says about partners' Chinese names beyond `DatasetCounts`. */
export interface PartnerNameCounts {
  /** Named partners by the source of their name. */
  bySource: readonly [NameSource, number][];
  /** Names of partners left in English because their sources write them in kana (さいたま市). */
  inKana: readonly string[];
}
