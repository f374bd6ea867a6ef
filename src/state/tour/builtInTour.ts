import type { Dataset } from '../../data/schema';
import { chinaTour } from './chinaTour';
import { cityTour } from './cityTour';
import type { Tour } from './tour';

/** What a `tour=` value asks for: a built-in tour, or a tour file to fetch. */
export type TourRequest = { kind: 'china' } | { kind: 'city'; query: string } | { kind: 'url'; url: string } | { kind: 'none' };

/** Reads a `tour=` value: `china`, `city:<name or code>`, or the URL of a JSON file. */
export function parseTourRequest(value: string | null): TourRequest {
  const text = (value ?? '').trim();
  if (!text) return { kind: 'none' };
  if (text.toLowerCase() === 'china') return { kind: 'china' };
  const city = /^city:(.+)$/is.exec(text);
  if (city?.[1]?.trim()) return { kind: 'city', query: city[1].trim() };
  return { kind: 'url', url: text };
}

/** The built-in tour a request names, generated from the dataset; null for URLs and unknown cities. */
export function builtInTour(dataset: Dataset, request: TourRequest, currentYear?: number): Tour | null {
  const options = currentYear === undefined ? {} : { currentYear };
  if (request.kind === 'china') return chinaTour(dataset, options);
  if (request.kind === 'city') return cityTour(dataset, request.query, options);
  return null;
}
