/*
 * Runs first in dist-single/sister-city-atlas.html, before the app. The page has no server: every
 * file the app would fetch (the dataset, the base map, the workers) is embedded in the page as text,
 * and this serves it from memory: `fetch` answers for the embedded files, `Worker` starts embedded
 * workers from blob URLs, and `window.__scaEmbedded` lets the map serve `sca-file://app/…` URLs.
 */
(() => {
  const holder = document.getElementById('sca-embedded');
  if (!holder) return;
  const files = JSON.parse(holder.textContent || '{}');
  holder.remove();
  const BASE = 'sca-file://app/';
  const dir = new URL('.', document.baseURI).href;
  const has = (path) => Object.hasOwn(files, path);
  /** The embedded file a URL names: by its path beside the page or under BASE, else by its (hashed, unique) file name. */
  const find = (url) => {
    let href;
    try {
      href = new URL(String(url), document.baseURI).href.split(/[?#]/)[0];
    } catch {
      return null;
    }
    const path = href.startsWith(BASE) ? href.slice(BASE.length) : href.startsWith(dir) ? href.slice(dir.length) : null;
    if (path === null) return null;
    if (has(path)) return path;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return has(`assets/${name}`) ? `assets/${name}` : null;
  };
  const blobs = new Map();
  const blobUrl = (path) => {
    if (!blobs.has(path)) blobs.set(path, URL.createObjectURL(new Blob([files[path].text], { type: files[path].type })));
    return blobs.get(path);
  };
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    const path = find(url);
    if (path === null) return realFetch(input, init);
    return Promise.resolve(new Response(files[path].text, { status: 200, headers: { 'Content-Type': files[path].type } }));
  };
  const RealWorker = window.Worker;
  window.Worker = class extends RealWorker {
    constructor(url, options) {
      const path = find(url);
      super(path === null ? url : blobUrl(path), options);
    }
  };
  window.__scaEmbedded = { base: BASE, text: (path) => (has(path) ? files[path].text : null) };
})();
