import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { fetchDatasetFile } from './data/fetchDatasetFile';
import { fetchDefaultDataset } from './data/fetchDefault';
import { setLang, t } from './i18n/t';
import { createArcLayer } from './map/arcLayer';
import { applyState } from './map/applyState';
import { createCityLayers } from './map/cityLayers';
import { createAtlasMap } from './map/createMap';
import { createProjectionControl } from './map/projectionControl';
import { createInitialState, datasetState } from './state/initialState';
import type { AtlasState, Lang } from './state/state';
import { createStore } from './state/store';
import { installTestHook } from './testHook';
import { createTimeline } from './timeline/createTimeline';
import { createActions } from './ui/actions';
import { createDetailPanel } from './ui/detailPanel';
import { loadFromUrlParam, mountImport } from './ui/importPanel';
import { createLegend } from './ui/legend';
import { showMessage } from './ui/message';

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`invalid page: #${id} missing`);
  return el;
}

const params = new URLSearchParams(location.search);
const browserLang: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
const lang: Lang = params.get('lang') === 'zh' ? 'zh' : params.get('lang') === 'en' ? 'en' : browserLang;
const projection: AtlasState['projection'] = params.get('projection') === 'mercator' ? 'mercator' : 'globe';
const currentYear = new Date().getFullYear();

const store = createStore(createInitialState(lang, projection, currentYear));

function applyLanguage(state: AtlasState): void {
  setLang(state.lang);
  document.documentElement.lang = state.lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = `${t('App.Title')} · ${state.lang === 'zh' ? 'Sister City Atlas' : '友好城市地图集'}`;
  byId('sca-title').textContent = t('App.Title');
  byId('sca-dataset').textContent = state.dataset.title;
}
store.subscribe((state, prev) => {
  if (state.lang !== prev.lang || state.dataset !== prev.dataset) applyLanguage(state);
});
applyLanguage(store.get());

const panel = byId('sca-panel');
const { importButton } = createActions(byId('sca-actions'), store);
createDetailPanel(panel, store);
createLegend(byId('sca-legend'), store);
const timeline = createTimeline(byId('sca-timeline'), store, { counter: byId('sca-counter'), currentYear });
mountImport({ button: importButton, dropTarget: byId('sca-map'), store, loadDefault: () => fetchDefaultDataset().then((result) => result.dataset) });

async function loadDefault(): Promise<void> {
  const { dataset, problems } = await fetchDefaultDataset();
  store.set({ ...datasetState(dataset, currentYear), datasetVersion: store.get().datasetVersion + 1, isDefaultDataset: true });
  if (problems.length) showMessage(byId('sca-message'), t('Message.DataProblems', { count: problems.length }), 'toast');
}

/**
 * Opens `?data=URL` directly when it is a file in the app's own format (resolves true); otherwise
 * the shipped dataset (false), and a `?data` file is left to the importer.
 */
async function loadInitial(dataUrl: string | null): Promise<boolean> {
  const own = dataUrl ? await fetchDatasetFile(dataUrl, document.baseURI) : null;
  if (!own) {
    await loadDefault();
    return false;
  }
  store.set({ ...datasetState(own.dataset, currentYear), datasetVersion: store.get().datasetVersion + 1, isDefaultDataset: false });
  if (own.problems.length) showMessage(byId('sca-message'), t('Message.DataProblems', { count: own.problems.length }), 'toast');
  return true;
}

function boot(): void {
  const map = createAtlasMap(byId('sca-map'), { lang, projection });
  map.addControl(createProjectionControl({
    projection: () => store.get().projection,
    onToggle: (next) => store.set({ projection: next }),
  }), 'top-right');
  const arcs = createArcLayer();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { resolveReady = resolve; });

  map.on('load', () => {
    const cities = createCityLayers(map, { lang: store.get().lang });
    map.addLayer(arcs, cities.firstLayerId);
    const dataUrl = params.get('data');
    loadInitial(dataUrl)
      .then((ownFormat) => {
        applyState(map, arcs, cities, store, byId('sca-tooltip'));
        resolveReady();
        if (dataUrl && !ownFormat) void loadFromUrlParam(dataUrl);
      })
      .catch((error: unknown) => {
        showMessage(byId('sca-message'), t('Error.Load', { reason: error instanceof Error ? error.message : String(error) }));
      });
  });

  if (params.has('test')) {
    installTestHook({ map, arcs, store, panel, ready, play: () => timeline.player.play() });
  }
}

try {
  boot();
} catch (error) {
  showMessage(byId('sca-message'), t('Error.WebGL'));
  console.error(error);
}
