import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/data/import/limits';
import { fetchInput } from '../../../src/worker/fetchInput';

const BASE = 'https://atlas.example/app/';

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('fetchInput', () => {
  it('fetchInput(url) reads a CSV and names it after the last path segment, decoded', async () => {
    const result = await fetchInput('data/%E5%8D%97%E4%BA%AC.csv', { base: BASE, fetch: respond('a,b\n1,2\n', { headers: { 'content-type': 'text/csv' } }) });
    expect(result.ok && { name: result.file.name, size: result.file.bytes.length }).toEqual({ name: '南京.csv', size: 8 });
  });

  it('fetchInput refuses javascript:, data: and file: URLs without fetching', async () => {
    let fetched = 0;
    const spy: typeof fetch = async () => {
      fetched++;
      return new Response('');
    };
    const codes = [];
    for (const url of ['javascript:alert(1)', 'data:text/csv,a,b', 'file:///etc/passwd', 'blob:https://atlas.example/x']) {
      const result = await fetchInput(url, { base: BASE, fetch: spy });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect({ codes, fetched }).toEqual({ codes: ['url-scheme', 'url-scheme', 'url-scheme', 'url-scheme'], fetched: 0 });
  });

  it('fetchInput reports an HTTP error status', async () => {
    const result = await fetchInput('x.csv', { base: BASE, fetch: respond('nope', { status: 404, statusText: 'Not Found' }) });
    expect(result.ok ? null : result.error).toEqual({ code: 'fetch-failed', detail: 'HTTP 404 Not Found' });
  });

  it('fetchInput recognises an HTML page served where data was expected, by type or by content', async () => {
    const byType = await fetchInput('x.csv', { base: BASE, fetch: respond('a,b', { headers: { 'content-type': 'text/html; charset=utf-8' } }) });
    const byContent = await fetchInput('x.csv', {
      base: BASE,
      fetch: respond('\uFEFF  <!DOCTYPE html><html><body>Login</body></html>', { headers: { 'content-type': 'text/plain' } }),
    });
    expect([byType, byContent].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['fetch-html', 'fetch-html']);
  });

  it('fetchInput gives up after the time limit', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const result = await fetchInput('x.csv', { base: BASE, fetch: hang, timeoutMs: 20 });
    expect(result.ok ? null : result.error.code).toBe('fetch-timeout');
  });

  it('fetchInput refuses a body announced over 300 MB before reading it', async () => {
    const result = await fetchInput('x.csv', { base: BASE, fetch: respond('a,b', { headers: { 'content-length': String(MAX_IMPORT_BYTES + 1) } }) });
    expect(result.ok ? null : result.error.code).toBe('too-large');
  });

  it('fetchInput reports a network failure', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await fetchInput('x.csv', { base: BASE, fetch: down });
    expect(result.ok ? null : result.error).toEqual({ code: 'fetch-failed', detail: 'Failed to fetch' });
  });
});
