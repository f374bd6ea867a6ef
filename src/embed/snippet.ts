import { serializeUrlState, type UrlDefaults, type UrlState } from '../state/urlState';
import type { Lang } from '../state/state';

/** The choices of the Share dialog. */
export interface ShareOptions {
  /** The compact embed view (`embed=1`). */
  embed: boolean;
  /** The language to state in the link, or null to let each viewer's browser choose. */
  lang: Lang | null;
  /** The home unit (`home=`), or null for all of China. */
  home: string | null;
}

/**
 * The link of a view with the Share dialog's choices, e.g. `https://atlas.example.org/?home=320200&embed=1`.
 * `base` is the page address without query or fragment (`location.origin + location.pathname`); `defaults`
 * gives the dataset's full year range (the language is stated whenever chosen, since the viewer's browser may
 * differ from the sharer's). Choosing another home than the view's drops its camera and selection, so the
 * shared view frames the home's ties.
 */
export function shareLink(base: string, view: UrlState, options: ShareOptions, defaults: UrlDefaults = {}): string {
  const sameHome = options.home === view.home;
  const state: UrlState = {
    ...view,
    embed: options.embed,
    lang: options.lang,
    home: options.home,
    camera: sameHome ? view.camera : null,
    city: sameHome ? view.city : null,
  };
  return base.replace(/[?#].*$/s, '') + serializeUrlState(state, { years: defaults.years ?? null });
}

/** The frame's size: a 16:9 box as wide as the page's column, or fixed pixels. */
export type FrameSize = { kind: 'responsive' } | { kind: 'fixed'; width: number; height: number };

/** The smallest and largest frames the embed view is made for. */
export const FRAME_LIMITS = { minWidth: 320, maxWidth: 3840, minHeight: 400, maxHeight: 2160 } as const;

/** A fixed size as whole pixels inside `FRAME_LIMITS`; a missing or non-finite value becomes 800×450's side. */
export function clampFrameSize(width: number, height: number): { width: number; height: number } {
  const clamp = (value: number, fallback: number, min: number, max: number) =>
    Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
  return {
    width: clamp(width, 800, FRAME_LIMITS.minWidth, FRAME_LIMITS.maxWidth),
    height: clamp(height, 450, FRAME_LIMITS.minHeight, FRAME_LIMITS.maxHeight),
  };
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What the frame may do: run the atlas (scripts, its own origin for the worker and storage) and open the full
 * atlas in a new tab outside the sandbox.
 */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * The HTML a portal pastes to embed a view: an `<iframe>` with a `title` (read by screen readers),
 * `loading="lazy"` and a sandbox, either inside a responsive 16:9 wrapper (never lower than 400 px, so a phone's
 * column still gets a usable map) or at a fixed size. Every attribute
 * value is escaped, so a hostile title or link cannot break out of it.
 */
export function iframeSnippet(src: string, title: string, size: FrameSize): string {
  const frame = (style: string, dimensions = '') =>
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"${dimensions} loading="lazy" ` + `sandbox="${SANDBOX}" style="${style}"></iframe>`;
  if (size.kind === 'fixed') {
    const { width, height } = clampFrameSize(size.width, size.height);
    return frame('border:0;max-width:100%;', ` width="${width}" height="${height}"`);
  }
  return (
    `<div style="position:relative;width:100%;aspect-ratio:16/9;min-height:${FRAME_LIMITS.minHeight}px;">` +
    frame('position:absolute;top:0;left:0;width:100%;height:100%;border:0;') +
    '</div>'
  );
}
