/**
 * The portal library (`npm run build:lib` → dist-lib/sister-city-atlas.js): `createAtlas(element, options)` and
 * the `<sister-city-atlas>` element, defined on import.
 */
import '../ui/styles.css';
import { defineAtlasElement } from './atlasElement';

export { createAtlas } from './createAtlas';
export type { AtlasApi, LibraryOptions as AtlasOptions } from './createAtlas';
export { defineAtlasElement, SisterCityAtlasElement } from './atlasElement';
export type { AtlasSnapshot, SelectedCity } from '../embed/protocol';
export type { AtlasEvents } from '../app/atlasControl';

defineAtlasElement();
