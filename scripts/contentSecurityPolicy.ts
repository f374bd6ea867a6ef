import type { Plugin } from 'vite';

/**
 * The content security policy of the built pages (index.html, embed.html): scripts, styles, workers,
 * fonts and connections from the page's own origin only; no inline scripts, no `eval`, no inline
 * style attributes (styles set from code go through the CSSOM); images also from `data:` (MapLibre's
 * control icons in its CSS) and `blob:` (exports). `extraConnect` adds origins the page may fetch
 * from (the build reads them from ATLAS_CONNECT_SRC, space-separated). `frame-ancestors` cannot be
 * set in a meta tag: the hosting server sends it as a header (see SECURITY.md).
 */
export function contentSecurityPolicy(extraConnect: readonly string[] = []): string {
  const connect = ["'self'", ...extraConnect].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "child-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Pages that carry the policy; the benchmark's page does not (it compares against other renderers). */
const PAGES = /(^|[\\/])(index|embed)\.html$/;

/**
 * A Vite plugin that adds the policy as the first `<meta http-equiv="Content-Security-Policy">` of
 * the built pages. Build only: the dev server injects styles and its client inline, which the
 * policy would block.
 */
export function contentSecurityPolicyPlugin(extraConnect: readonly string[] = []): Plugin {
  return {
    name: 'sca-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!PAGES.test(context.filename)) return html;
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(extraConnect) }, injectTo: 'head-prepend' }];
      },
    },
  };
}
