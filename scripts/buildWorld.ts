/**
 * Builds the offline base map's GeoJSON from Natural Earth (the world-atlas package, 1:50m):
 *
 *   public/world/land.json            land polygons
 *   public/world/borders.json         land borders between countries
 *   public/world/country-labels.json  one label point per country, English and Chinese names
 *
 * Geometry is cut at the antimeridian and rounded to 0.01° (about 1 km, finer than 1:50m data).
 * The output is deterministic: the same world-atlas gives the same bytes.
 *
 * Run: npm run world:build
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { countryNames } from './world/countryNames';
import { cutLines, cutPolygons, ringArea2, type PolygonCoordinates } from './world/cutAntimeridian';
import { poleOfInaccessibility } from './world/poleOfInaccessibility';
import { roundLine, roundPolygon } from './world/roundCoordinates';
import { EARTH_RADIUS_KM } from '../src/geo/distance';

const DECIMALS = 2;
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'world');

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryObject<{ name: string }>;
  land: GeometryObject;
}>;

/** The zoom from which a country's label may show, by its area: big countries first. */
function labelMinZoom(areaKm2: number): number {
  if (areaKm2 >= 2_000_000) return 0;
  if (areaKm2 >= 400_000) return 2;
  if (areaKm2 >= 80_000) return 3;
  if (areaKm2 >= 15_000) return 4;
  return 5;
}

/** Planar area of a polygon's exterior, weighted by the cosine of its latitude. */
function roughArea(polygon: PolygonCoordinates): number {
  const exterior = polygon[0] ?? [];
  const lat = (exterior[0]?.[1] ?? 0) * (Math.PI / 180);
  return Math.abs(ringArea2(exterior)) * Math.cos(lat);
}

function polygonsOf(geometry: Geometry | null): PolygonCoordinates[] {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
  return cutPolygons(geometry)
    .map((polygon) => roundPolygon(polygon, DECIMALS))
    .filter((polygon) => polygon !== null);
}

function buildLand(): FeatureCollection<MultiPolygon> {
  // world-atlas stores land as a collection holding one multipolygon.
  const land = feature(topology, topology.objects.land) as Feature | FeatureCollection;
  const parts = land.type === 'FeatureCollection' ? land.features : [land];
  const coordinates = parts.flatMap((part) => polygonsOf(part.geometry));
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } }] };
}

function buildBorders(): FeatureCollection {
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const coordinates = cutLines(borders)
    .map((line) => roundLine(line, DECIMALS))
    .filter((line) => line.length >= 2);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } }] };
}

function buildLabels(): FeatureCollection {
  const countries = topology.objects.countries;
  if (countries.type !== 'GeometryCollection') throw new Error('invalid world-atlas: countries is not a collection');
  const labels = countries.geometries.flatMap((geometry) => {
    const country = feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>;
    const polygons = polygonsOf(country.geometry);
    const largest = polygons.reduce<PolygonCoordinates | null>((best, polygon) => (!best || roughArea(polygon) > roughArea(best) ? polygon : best), null);
    if (!largest) return [];
    const steradians = geoArea(country);
    // A ring wound the wrong way measures the rest of the sphere.
    const area = Math.round(Math.min(steradians, 4 * Math.PI - steradians) * EARTH_RADIUS_KM ** 2);
    const names = countryNames(geometry.id === undefined ? undefined : String(geometry.id), country.properties.name);
    return [
      {
        type: 'Feature' as const,
        properties: { name_en: names.nameEn, name_zh: names.nameZh, iso2: names.iso2, area, minzoom: labelMinZoom(area) },
        geometry: { type: 'Point' as const, coordinates: poleOfInaccessibility(largest, 0.05, 3) },
      },
    ];
  });
  labels.sort((a, b) => b.properties.area - a.properties.area || a.properties.name_en.localeCompare(b.properties.name_en, 'en'));
  return { type: 'FeatureCollection', features: labels };
}

mkdirSync(outDir, { recursive: true });
const outputs: [string, FeatureCollection][] = [
  ['land.json', buildLand()],
  ['borders.json', buildBorders()],
  ['country-labels.json', buildLabels()],
];
for (const [name, collection] of outputs) {
  const text = `${JSON.stringify(collection)}\n`;
  writeFileSync(join(outDir, name), text);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`public/world/${name}: ${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text, { level: 9 }).length)} gzip`);
}
