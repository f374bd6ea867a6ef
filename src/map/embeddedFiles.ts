import { addProtocol } from 'maplibre-gl';

/** What scripts/single/bootstrap.js leaves on the page of the single-file build. */
interface EmbeddedFiles {
  base: string;
  text(path: string): string | null;
}

declare global {
  interface Window {
    __scaEmbedded?: EmbeddedFiles;
  }
}

/**
 * In the single-file build (`npm run build:single`), lets the map load the embedded base map: the
 * `sca-file://` URLs are answered from memory on the main thread (MapLibre's workers hand custom
 * protocols to it). Returns the base URL the app's files resolve against, or undefined on an ordinary page.
 */
export function embeddedBaseUrl(): string | undefined {
  const embedded = window.__scaEmbedded;
  if (!embedded) return undefined;
  const scheme = embedded.base.slice(0, embedded.base.indexOf('://'));
  addProtocol(scheme, async (params) => {
    const path = params.url.startsWith(embedded.base) ? (params.url.slice(embedded.base.length).split(/[?#]/)[0] ?? '') : '';
    const text = embedded.text(path);
    if (text === null) throw new Error(`not in the single file: ${params.url}`);
    return { data: params.type === 'json' ? JSON.parse(text) : new TextEncoder().encode(text).buffer };
  });
  return embedded.base;
}
