/**
 * The benchmark page (bench.html, never linked from the app): the app's map with the arcs drawn
 * one of three ways, picked by the URL, so that the benchmark can compare the app with baselines on
 * the same data and the same map.
 *
 *   ?mode=bare      the base map alone, no data
 *   ?mode=geojson   the arcs as a MapLibre GeoJSON line layer, the year window as a layer filter
 *   ?mode=arcs      the app's WebGL arc layer alone (no cities, no timeline)
 *   &data=URL       a dataset file on the same origin (default: the shipped dataset)
 *   &w=PX&h=PX      size of the map, to match the app's map (default: the whole window)
 */
import type { Dataset } from '../data/schema';
import { toArcData } from '../map/arcs/arcData';
import { createArcLayer } from '../map/arcs/arcLayer';
import { BASE_LAYER_IDS } from '../map/baseStyle';
import { createAtlasMap } from '../map/createMap';
import { selectCities } from '../state/cities';
import { inYearWindow } from '../state/yearWindow';
import { fetchBenchDataset, parseSize } from './benchDataset';
import { installBenchHook, type BenchMode } from './benchHook';
import { addGeojsonArcs, setGeojsonYearWindow } from './geojsonArcs';

const MODES: readonly BenchMode[] = ['bare', 'geojson', 'arcs'];

function parseMode(value: string | null): BenchMode {
  const mode = MODES.find((m) => m === value);
  if (!mode) throw new Error(`invalid mode: ${value}`);
  return mode;
}

function boot(): void {
  const params = new URLSearchParams(location.search);
  const mode = parseMode(params.get('mode'));
  const container = document.getElementById('bench-map');
  if (!container) throw new Error('invalid page: #bench-map missing');
  container.style.width = parseSize(params.get('w'));
  container.style.height = parseSize(params.get('h'));

  const map = createAtlasMap(container, { lang: 'en', projection: 'globe' });
  let dataset: Dataset = { title: '', pairings: [], totals: [] };
  let yearWindow = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  const arcs = createArcLayer();
  let applyYearWindow: (from: number, to: number) => void = () => undefined;

  const ready = new Promise<void>((resolve, reject) => {
    map.on('load', () => {
      if (mode === 'bare') {
        resolve();
        return;
      }
      fetchBenchDataset(params.get('data'))
        .then((loaded) => {
          dataset = loaded;
          if (mode === 'geojson') {
            addGeojsonArcs(map, dataset, BASE_LAYER_IDS.countryLabels);
            applyYearWindow = (from, to) => setGeojsonYearWindow(map, from, to, true);
          } else {
            map.addLayer(arcs, BASE_LAYER_IDS.countryLabels);
            arcs.setArcs(toArcData(dataset, selectCities(dataset)).arcs);
            applyYearWindow = (from, to) => arcs.setYearWindow(from, to, true);
          }
          return arcs.settled();
        })
        .then(resolve)
        .catch(reject);
    });
  });

  installBenchHook({
    mode,
    map,
    ready,
    pairings: () => dataset.pairings.length,
    drawnArcs: () => {
      if (mode === 'arcs') return arcs.drawnCount();
      return dataset.pairings.filter((p) => p.notOnMap === null && inYearWindow(p, { ...yearWindow, includeUnknown: true })).length;
    },
    setYearWindow(from, to) {
      yearWindow = { from, to };
      applyYearWindow(from, to);
    },
  });
}

boot();
