import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';

/** Opens the Sources dialog in `host` for the state of the moment it opens; its code (credits, coverage table) loads on first use. */
export function openAbout(host: HTMLElement, store: Store<AtlasState>): void {
  void import('./aboutDialog').then(({ openAboutDialog }) => {
    const { dataset, isDefaultDataset, lang } = store.get();
    openAboutDialog(host, dataset, isDefaultDataset, lang);
  });
}
