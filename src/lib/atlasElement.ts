import { ELEMENT_ATTRIBUTES, optionsFromAttributes } from '../embed/options';
import { type AtlasApi, createAtlas } from './createAtlas';

/** The tag the module defines. */
export const ELEMENT_NAME = 'sister-city-atlas';

/**
 * `<sister-city-atlas home="无锡" lang="zh" years="1980-2020">`: an atlas whose attributes are the URL
 * parameters (plus `base-url`). `lang`, `years`/`mode`, `home`/`sub` and `city` changes apply in place; other
 * attributes rebuild the atlas. `element.atlas` is its API once connected.
 */
export class SisterCityAtlasElement extends HTMLElement {
  static readonly observedAttributes = ELEMENT_ATTRIBUTES;
  /** The atlas inside, while the element is connected. */
  atlas: AtlasApi | null = null;

  connectedCallback(): void {
    this.atlas?.destroy();
    this.atlas = createAtlas(
      this,
      optionsFromAttributes(
        (name) => this.getAttribute(name),
        (message) => console.warn(`sister-city-atlas: ${message}`),
      ),
    );
  }

  disconnectedCallback(): void {
    this.atlas?.destroy();
    this.atlas = null;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    const atlas = this.atlas;
    if (!atlas || previous === next) return;
    const options = optionsFromAttributes((attribute) => this.getAttribute(attribute));
    if (name === 'lang' && options.lang) atlas.setLanguage(options.lang);
    else if ((name === 'years' || name === 'mode') && typeof options.years === 'object') atlas.setYears(options.years.from, options.years.to, options.mode);
    else if (name === 'home' || name === 'sub') atlas.setHome(options.home ?? null, options.sub);
    else if (name === 'city') atlas.select(options.city ?? null);
    else this.connectedCallback();
  }
}

/** Defines `<sister-city-atlas>` unless the page already has it. */
export function defineAtlasElement(): void {
  if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, SisterCityAtlasElement);
}
