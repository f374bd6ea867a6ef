/** Boot of the full page: one atlas in `#sca-root`, options from the URL, the test hook in `?test` mode. */
import './ui/styles.css';
import { mountAtlas } from './app/mountAtlas';
import { readPresentOptions } from './present/presentOptions';
import { embeddedBaseUrl } from './map/embeddedFiles';

const params = new URLSearchParams(location.search);
const langParam = params.get('lang');
const root = document.getElementById('sca-root');
if (!root) throw new Error('invalid page: #sca-root missing');

const atlas = mountAtlas(root, {
  lang: langParam === 'zh' || langParam === 'en' ? langParam : undefined,
  projection: params.get('projection') === 'mercator' ? 'mercator' : 'globe',
  dataUrl: params.get('data'),
  page: true,
  present: readPresentOptions(params),
  baseUrl: embeddedBaseUrl(),
});

if (params.has('test')) {
  void import('./testing/testHook').then(({ installTestHook }) => installTestHook(atlas));
}
