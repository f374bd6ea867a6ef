import { formatMegabytes, MAX_IMPORT_BYTES } from '../data/import/limits';
import type { SourceFile } from '../data/import/readSources';

/** Why a URL gave no data. The UI translates each code; `detail` is shown verbatim. */
export type FetchErrorCode = 'fetch-failed' | 'fetch-timeout' | 'fetch-html' | 'too-large' | 'url-scheme';

/** A failed fetch of import input. */
export interface FetchError {
  code: FetchErrorCode;
  detail: string;
}

/** How long a fetch of import input may take, headers and body, before it is given up. */
export const FETCH_TIMEOUT_MS = 60_000;

/** Options of {@link fetchInput}: the fetch function, the time limit and the base of relative URLs. */
export interface FetchInputOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  base?: string;
}

/** Whether the bytes start (after whitespace and a BOM) like an HTML page. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body');
}

function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url.href;
  } catch {
    return last || url.href;
  }
}

/**
 * Fetches import input from an http(s) URL: refuses other schemes, gives up after `timeoutMs`,
 * refuses a body over `MAX_IMPORT_BYTES` (by its Content-Length, before reading it, and by its
 * size) and an HTML page where data was expected (a wrong link, a login page, a server's fallback
 * page). Never throws.
 */
export async function fetchInput(href: string, options: FetchInputOptions = {}): Promise<{ ok: true; file: SourceFile } | { ok: false; error: FetchError }> {
  const fail = (code: FetchErrorCode, detail: string) => ({ ok: false as const, error: { code, detail } });
  let url: URL;
  try {
    url = new URL(href, options.base);
  } catch {
    return fail('url-scheme', href);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('url-scheme', url.protocol);
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url.href, { signal: controller.signal });
    if (!response.ok) return fail('fetch-failed', `HTTP ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_IMPORT_BYTES) {
      controller.abort();
      return fail('too-large', formatMegabytes(length));
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_IMPORT_BYTES) return fail('too-large', formatMegabytes(bytes.length));
    if (/\btext\/html\b/i.test(response.headers.get('content-type') ?? '') || looksLikeHtml(bytes)) return fail('fetch-html', url.href);
    return { ok: true, file: { name: fileName(url), bytes } };
  } catch (error) {
    if (controller.signal.aborted) return fail('fetch-timeout', `${Math.round(timeoutMs / 1000)} s`);
    return fail('fetch-failed', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
