/**
 * Boot of a page (index.html through src/main.ts, embed.html through src/embed.ts): one atlas in
 * `#sca-root`, options from the URL, the test hook in `?test` mode.
 */
import './ui/styles.css';
import { mountAtlas } from './app/mountAtlas';
import { readPresentOptions } from './present/presentOptions';
import { embeddedBaseUrl } from './map/embeddedFiles';
import { parseUrlState } from './state/urlState';

/** Mounts the page's atlas; `embed` opens the embed view whatever the query says. */
export function boot(embed: boolean): void {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('sca-root');
  if (!root) throw new Error('invalid page: #sca-root missing');
  // The whole view is in the URL; embed.html is the embed view whatever its query says.
  const view = parseUrlState(location.search, (warning) => console.warn(warning));
  if (embed) view.embed = true;

  const atlas = mountAtlas(root, {
    lang: view.lang ?? undefined,
    projection: view.projection,
    dataUrl: view.data,
    page: true,
    present: readPresentOptions(params),
    baseUrl: embeddedBaseUrl(),
    view,
  });

  if (params.has('test')) {
    void import('./testing/testHook').then(({ installTestHook }) => installTestHook(atlas));
  }
}
