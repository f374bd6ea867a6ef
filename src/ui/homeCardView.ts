import { officialFigureFor } from '../data/coverage';
import { formatHomeCard } from '../embed/homeCard';
import { t } from '../i18n/t';
import { selectHomeFigures } from '../state/home';
import { resolveUnit } from '../state/resolveUnit';
import type { AtlasState } from '../state/state';
import type { Store } from '../state/store';
import { h, replaceChildren } from './dom';

/** The pieces of the home card for a state, or null without a home (or a home the data does not know). */
export function homeCardOf(state: Pick<AtlasState, 'dataset' | 'home' | 'sub' | 'lang'>): ReturnType<typeof formatHomeCard> | null {
  if (state.home === null) return null;
  const unit = resolveUnit(state.dataset, state.home);
  if (!unit) return null;
  const figures = selectHomeFigures(state.dataset, unit, state.sub);
  const official = officialFigureFor(state.dataset.totals, { code: unit.code, nameEn: unit.nameEn, level: unit.level });
  return formatHomeCard(figures, official, state.lang, (key, params) => t(key, params ?? {}, state.lang));
}

/**
 * The home city's card in `el` ("无锡 Wuxi · 43 ties with 20 countries since 1981 · first: Akashi, Japan ·
 * official: …" with the official figure's source): hidden without a home.
 */
export function createHomeCardView(el: HTMLElement, store: Store<AtlasState>): { destroy(): void } {
  function render(state: AtlasState): void {
    const card = homeCardOf(state);
    el.hidden = card === null;
    if (!card) {
      replaceChildren(el);
      return;
    }
    const lang = state.lang;
    const piece = (text: string | null, className: string) => text && h('span', { class: className }, text);
    replaceChildren(
      el,
      h('strong', { class: 'sca-home-title' }, card.title),
      piece(card.ties, 'sca-home-ties'),
      piece(card.first, 'sca-home-first'),
      card.official &&
        (card.officialUrl
          ? h(
              'a',
              { class: 'sca-home-official', href: card.officialUrl, target: '_blank', rel: 'noopener noreferrer', title: t('Home.OfficialSource', {}, lang) },
              card.official,
            )
          : piece(card.official, 'sca-home-official')),
    );
    el.setAttribute('aria-label', t('Home.Card', {}, lang));
  }
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.dataset !== prev.dataset || state.home !== prev.home || state.sub !== prev.sub || state.lang !== prev.lang) render(state);
  });
  render(store.get());
  return { destroy: unsubscribe };
}
