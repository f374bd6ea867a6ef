import { parseTour, type TourParse } from '../state/tour/parseTour';

/** The part of `fetch` the loader uses, so tests pass a fake. */
export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Fetches and parses a tour file (`tour=<url>`), resolved against `base` (the page URL). Never
 * throws: a network error, an HTTP error or a bad file comes back as problems. From a `file://` page
 * browsers refuse most fetches; the shell can offer a file picker and call `parseTour` itself.
 */
export async function loadTour(url: string, base: string, fetchText: FetchText): Promise<TourParse> {
  let resolved: string;
  try {
    resolved = new URL(url, base).href;
  } catch {
    return { ok: false, problems: [{ step: null, field: '', reason: `not a URL: ${url}` }] };
  }
  try {
    const response = await fetchText(resolved);
    if (!response.ok) return { ok: false, problems: [{ step: null, field: '', reason: `HTTP ${response.status} for ${resolved}` }] };
    return parseTour(await response.text());
  } catch (error) {
    return {
      ok: false,
      problems: [{ step: null, field: '', reason: `could not load ${resolved}: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}
