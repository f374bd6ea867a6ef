import type { Tour, TourFile } from './tour';

/** A tour as the JSON file `parseTour` reads back: format tag, version, two-space indent. */
export function serializeTour(tour: Tour): string {
  const file: TourFile = { format: 'sister-city-atlas-tour', version: 1, id: tour.id, title: tour.title, steps: tour.steps };
  return `${JSON.stringify(file, null, 2)}\n`;
}
