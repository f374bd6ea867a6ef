import { decodeComponent } from './queryString';
import { FILTER_PARAMS } from './urlFilters';

/** Every parameter `parseUrlState` reads; the URL writer owns these. */
export const VIEW_PARAMS: ReadonlySet<string> = new Set([
  'lang',
  'projection',
  'years',
  'mode',
  'unknown',
  'city',
  'home',
  'sub',
  'embed',
  'camera',
  'data',
  'origins',
  'present',
  'tour',
  'kiosk',
  ...Object.values(FILTER_PARAMS),
]);

/**
 * A written view (`serializeUrlState`'s output, '' or `?…`) with the other parameters of the page's original
 * query kept after it exactly as written (`?test`, a portal's own parameter), so rewriting the URL never drops
 * them.
 */
export function withOtherParams(view: string, original: string): string {
  const body = original.startsWith('?') ? original.slice(1) : original;
  const kept = body.split('&').filter((part) => {
    if (part === '') return false;
    const name = decodeComponent(part.split('=')[0]!);
    return name !== null && !VIEW_PARAMS.has(name);
  });
  const parts = [view.replace(/^\?/, ''), ...kept].filter((part) => part !== '');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
