import { describe, expect, test } from 'vitest';
import { clampFrameSize, escapeAttribute, iframeSnippet, shareLink } from '../../../src/embed/snippet';
import { defaultUrlState, parseUrlState, type UrlState } from '../../../src/state/urlState';

const BASE = 'https://atlas.example/app/';
const view: UrlState = {
  ...defaultUrlState(),
  lang: 'en',
  years: { from: 1980, to: 2000 },
  city: 'Akashi',
  camera: { lon: 120, lat: 30, zoom: 4, bearing: 0, pitch: 0 },
};

/** Parses a snippet with the browser-independent rules a portal's HTML parser would follow. */
function attributes(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}\\s([^>]*)>`).exec(html)?.[1] ?? '';
  const decode = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries([...open.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
}

describe('shareLink', () => {
  test('shareLink(base, view, options) is the page address with the view in the query', () => {
    expect(shareLink(`${BASE}?old=1#x`, view, { embed: false, lang: 'en', home: null })).toBe(`${BASE}?lang=en&years=1980-2000&city=Akashi&camera=120,30,4`);
  });

  test('shareLink(base, view, { embed, lang, home }) applies the choices and frames the new home', () => {
    const link = shareLink(BASE, view, { embed: true, lang: 'zh', home: '无锡' });
    expect(parseUrlState(new URL(link).search)).toEqual({
      ...view,
      embed: true,
      lang: 'zh',
      home: '无锡',
      camera: null,
      city: null,
    });
  });

  test("shareLink(base, view, { lang: null }) leaves the language to the viewer's browser", () => {
    expect(parseUrlState(new URL(shareLink(BASE, view, { embed: true, lang: null, home: null })).search).lang).toBeNull();
  });

  test('shareLink(base, view, options, defaults) omits the full year range', () => {
    const link = shareLink(
      BASE,
      { ...view, years: { from: 1973, to: 2025 } },
      { embed: false, lang: null, home: null },
      {
        years: { from: 1973, to: 2025 },
      },
    );
    expect(new URL(link).searchParams.has('years')).toBe(false);
  });
});

describe('iframeSnippet', () => {
  const src = `${BASE}?embed=1&home=320200`;

  test('iframeSnippet(src, title, responsive) wraps a lazy, titled iframe in a 16:9 box', () => {
    const html = iframeSnippet(src, 'Sister City Atlas', { kind: 'responsive' });
    expect(attributes(html, 'div').style).toContain('aspect-ratio:16/9');
    expect(attributes(html, 'iframe')).toMatchObject({ src, title: 'Sister City Atlas', loading: 'lazy' });
    expect(html.endsWith('</iframe></div>')).toBe(true);
  });

  test('iframeSnippet(src, title, fixed) sets width and height', () => {
    const html = iframeSnippet(src, 'Atlas', { kind: 'fixed', width: 640, height: 480 });
    expect(attributes(html, 'iframe')).toMatchObject({ width: '640', height: '480', loading: 'lazy' });
    expect(html.startsWith('<iframe')).toBe(true);
  });

  test('iframeSnippet sandboxes the frame with what the atlas needs', () => {
    expect(attributes(iframeSnippet(src, 'Atlas', { kind: 'responsive' }), 'iframe').sandbox?.split(' ')).toEqual(
      expect.arrayContaining(['allow-scripts', 'allow-same-origin']),
    );
  });

  test('iframeSnippet escapes & in the link', () => {
    expect(iframeSnippet(src, 'Atlas', { kind: 'responsive' })).toContain('?embed=1&amp;home=320200');
  });

  test('iframeSnippet(src, hostile title) keeps quotes and <script> inside the title attribute', () => {
    const title = `"><script>alert('x')</script><iframe src="https://evil.example`;
    const html = iframeSnippet(src, title, { kind: 'fixed', width: 800, height: 600 });
    expect(html).not.toContain('<script');
    expect(html.match(/<iframe/g)).toHaveLength(1);
    expect(attributes(html, 'iframe').title).toBe(title);
  });

  test('iframeSnippet(hostile src) cannot add attributes', () => {
    const html = iframeSnippet(`${BASE}?x=" onload="alert(1)`, 'Atlas', { kind: 'responsive' });
    expect(attributes(html, 'iframe').onload).toBeUndefined();
  });
});

describe('clampFrameSize', () => {
  test('clampFrameSize(width, height) keeps whole pixels within 320×400 to 3840×2160', () => {
    expect(clampFrameSize(100, 5000)).toEqual({ width: 320, height: 2160 });
    expect(clampFrameSize(640.4, 480.6)).toEqual({ width: 640, height: 481 });
  });

  test('clampFrameSize(NaN, NaN) falls back to 800×450 sides within the limits', () => {
    expect(clampFrameSize(Number.NaN, Number.POSITIVE_INFINITY)).toEqual({ width: 800, height: 450 });
  });
});

describe('escapeAttribute', () => {
  test('escapeAttribute(text) escapes & " \' < >', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});
