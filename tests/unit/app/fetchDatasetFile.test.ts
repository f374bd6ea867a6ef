import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchDatasetFile } from '../../../src/app/fetchDatasetFile';
import { pairing } from '../pairing';

const BASE = 'http://127.0.0.1:4173/index.html';
const file = { format: 'sister-city-atlas', version: 1, title: 'Mine', sourceHash: '', pairings: [pairing()], totals: [] };

function serve(body: unknown, status = 200): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDatasetFile', () => {
  test('fetchDatasetFile(url, base) reads a same-origin file in the app format', async () => {
    const fetchMock = serve(file);
    const result = await fetchDatasetFile('bench-data/x.json', BASE);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('http://127.0.0.1:4173/bench-data/x.json');
    expect(result?.dataset.title).toBe('Mine');
    expect(result?.dataset.pairings).toHaveLength(1);
  });

  test('fetchDatasetFile(url, base) leaves other formats, failed requests and bad JSON to the importer', async () => {
    serve({ type: 'FeatureCollection', features: [] });
    expect(await fetchDatasetFile('a.geojson', BASE)).toBeNull();
    serve('not found', 404);
    expect(await fetchDatasetFile('a.json', BASE)).toBeNull();
    serve('cn,partner\nNanjing,St. Louis');
    expect(await fetchDatasetFile('a.csv', BASE)).toBeNull();
  });

  test('fetchDatasetFile(url, base) never fetches another origin', async () => {
    const fetchMock = serve(file);
    expect(await fetchDatasetFile('http://example.org/atlas.json', BASE)).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
