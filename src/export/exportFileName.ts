import { asciiSlug } from '../state/slug';
import type { YearMode } from '../state/state';

/** What an exported file shows. */
export interface ExportView {
  /** English name of the home or selected city, or null for the whole atlas. */
  cityEn: string | null;
  yearFrom: number;
  yearTo: number;
  mode: YearMode;
}

/**
 * A file name that describes the view: `sister-cities-wuxi-1981-2024.png`. Lowercase ASCII only: the
 * city's English name as a slug (left out when it has no ASCII letters), the years (one year when
 * both ends agree), and `-range` when only the ties founded in the window are shown.
 */
export function exportFileName(view: ExportView, extension: 'png' | 'webm' | 'json'): string {
  const parts = ['sister-cities'];
  const city = view.cityEn ? asciiSlug(view.cityEn) : '';
  if (city) parts.push(city);
  const from = Math.min(view.yearFrom, view.yearTo);
  const to = Math.max(view.yearFrom, view.yearTo);
  parts.push(from === to ? String(from) : `${from}-${to}`);
  if (view.mode === 'range') parts.push('range');
  return `${parts.join('-')}.${extension}`;
}
