import sources from '../../data/attribution.json';

/** Text in both UI languages. */
export interface BilingualText {
  en: string;
  zh: string;
}

/** One source the shipped data or the base map draws on, and the credit its licence asks for. */
export interface Attribution {
  /** Stable key, e.g. for list keys in the UI. */
  id: string;
  /** Name of the source as its authors give it. */
  name: string;
  /** What the atlas takes from it. */
  usedFor: BilingualText;
  /** Licence name, e.g. 'CC BY-SA 4.0'. */
  licence: string;
  /** Page of the licence text, or '' when the source has none (public domain, facts only). */
  licenceUrl: string;
  /** Home page of the source, or '' when the sources are many and cited one by one. */
  url: string;
  /** The credit line the licence or the source asks for, verbatim where one is given. */
  notice: string;
}

interface AttributionFile {
  datasetLicence: BilingualText;
  attributions: Attribution[];
}

/**
 * The list itself is data (data/attribution.json), so the app's code names no outside address;
 * the app shows it under "Sources" and the data build writes data/ATTRIBUTION.md from it.
 */
const file = sources as AttributionFile;

/** How the shipped dataset itself may be reused, following the source pack's advice. */
export const DATASET_LICENCE: BilingualText = file.datasetLicence;

/** Every attribution the source pack and the base map require, in the order they are shown. */
export const ATTRIBUTIONS: readonly Attribution[] = file.attributions;
