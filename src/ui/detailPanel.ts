import type { Pairing, YearClaim } from '../data/schema';
import { t } from '../i18n/t';
import { cityOf, selectCities, type City } from '../state/cities';
import type { AtlasState, Lang } from '../state/state';
import type { Store } from '../state/store';
import { selectStateVisible } from '../state/visible';
import { h, replaceChildren } from './dom';
import { cityName, cnNames, countryName, otherName, partnerNames } from './names';
import { regionColor } from '../theme/regionColors';
import { renderCoverage } from './coverage';
import { describeFlag } from './flags';
import { safeHref } from './links';
import { formatClaimDate } from '../i18n/format';
import { viewChanged } from '../state/viewChanged';

/** Sorts ties by year, unknown years last, then by name. */
function byYear(a: Pairing, b: Pairing): number {
  const ya = a.year ?? Number.POSITIVE_INFINITY;
  const yb = b.year ?? Number.POSITIVE_INFINITY;
  return ya - yb || a.partner.nameEn.localeCompare(b.partner.nameEn) || a.cn.nameEn.localeCompare(b.cn.nameEn);
}

function claimItem(claim: YearClaim, lang: Lang): HTMLElement {
  const href = claim.url ? safeHref(claim.url) : null;
  const source = href
    ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, new URL(href).hostname.replace(/^www\./, ''))
    : claim.title || t('Panel.Source', {}, lang);
  return h(
    'li',
    { class: 'sca-claim' },
    h('span', { class: 'sca-claim-date' }, claim.date ? formatClaimDate(claim.date, lang) : String(claim.year)),
    ' ',
    h('span', { class: 'sca-claim-kind' }, t(`Kind.${claim.kind}`, {}, lang)),
    ' · ',
    h('span', { class: 'sca-claim-rel' }, t(`Reliability.${claim.reliability}`, {}, lang)),
    ' · ',
    source,
    claim.note ? h('div', { class: 'sca-claim-note' }, claim.note) : null,
  );
}

function tieItem(p: Pairing, city: City, visible: boolean, lang: Lang): HTMLElement {
  const other = city.side === 'cn' ? partnerNames(p) : cnNames(p);
  const where = city.side === 'cn' ? countryName(p.partner, lang) : lang === 'zh' ? p.cn.provinceZh : p.cn.provinceEn;
  const yearText = p.year === null ? t('Panel.YearUnknown', {}, lang) : String(p.year);
  const flags = p.flags.map((flag) => describeFlag(flag, lang)).filter((f): f is string => f !== null);
  return h(
    'li',
    { class: `sca-tie${visible ? '' : ' sca-tie-outside'}`, 'data-id': p.id, title: visible ? null : t('Panel.OutsideWindow', {}, lang) },
    h(
      'div',
      { class: 'sca-tie-head' },
      h('span', { class: 'sca-swatch', style: `background:${regionColor(p.partner.region)}` }),
      h('span', { class: 'sca-tie-name' }, cityName(other, lang)),
      otherName(other, lang) ? h('span', { class: 'sca-tie-alt' }, otherName(other, lang)) : null,
      h('span', { class: 'sca-tie-year' }, yearText),
    ),
    h(
      'div',
      { class: 'sca-tie-meta' },
      where,
      ' · ',
      t(`Relation.${p.relation}`, {}, lang),
      p.yearStatus === 'conflict' ? h('span', { class: 'sca-badge' }, t('Panel.Conflict', {}, lang)) : null,
      p.notOnMap ? h('div', { class: 'sca-tie-offmap' }, t('Panel.NotOnMap', { reason: t(`NotOnMap.${p.notOnMap}`, {}, lang) }, lang)) : null,
    ),
    h(
      'details',
      { class: 'sca-tie-details' },
      h('summary', {}, `${t('Panel.Claims', {}, lang)} (${p.claims.length})`),
      p.claims.length
        ? h(
            'ul',
            { class: 'sca-claims' },
            p.claims.map((claim) => claimItem(claim, lang)),
          )
        : h('p', {}, t('Panel.NoClaims', {}, lang)),
      flags.length
        ? h(
            'div',
            { class: 'sca-flags' },
            h('strong', {}, t('Panel.Flags', {}, lang)),
            h(
              'ul',
              {},
              flags.map((f) => h('li', {}, f)),
            ),
          )
        : null,
    ),
  );
}

/** The panel that lists a selected city's ties; renders from the store, closes with × or Escape. */
export function createDetailPanel(panel: HTMLElement, store: Store<AtlasState>): { destroy(): void } {
  function render(state: AtlasState): void {
    const lang = state.lang;
    const index = selectCities(state.dataset);
    const city = cityOf(index, state.selected);
    if (!city) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const visible = selectStateVisible(state);
    const ties = [...city.pairings].sort((a, b) => byYear(state.dataset.pairings[a]!, state.dataset.pairings[b]!));
    const shown = city.pairings.filter((i) => visible.pairing[i]).length;
    const subtitle =
      city.side === 'cn'
        ? [state.lang === 'zh' ? city.regionZh : city.regionEn, countryName(city, state.lang)].filter(Boolean).join(', ')
        : countryName(city, state.lang);
    replaceChildren(
      panel,
      h(
        'header',
        { class: 'sca-panel-head' },
        h(
          'div',
          {},
          h('h2', { class: 'sca-panel-title' }, cityName(city, state.lang), ' ', h('span', { class: 'sca-panel-alt' }, otherName(city, state.lang))),
          h('div', { class: 'sca-panel-sub' }, subtitle),
          h(
            'div',
            { class: 'sca-panel-count' },
            shown === ties.length ? t('Panel.Ties', { count: ties.length }, lang) : t('Panel.TiesShown', { shown, count: ties.length }, lang),
          ),
          city.side === 'cn' ? renderCoverage(state.dataset, state.dataset.pairings[city.pairings[0]!]!.cn, ties.length, lang) : null,
        ),
        h(
          'button',
          {
            class: 'sca-close',
            type: 'button',
            'aria-label': t('Panel.Close', {}, lang),
            title: t('Panel.Close', {}, lang),
            onclick: () => store.set({ selected: null }),
          },
          '×',
        ),
      ),
      h(
        'ol',
        { class: 'sca-ties' },
        ties.map((i) => tieItem(state.dataset.pairings[i]!, city, visible.pairing[i] === 1, state.lang)),
      ),
    );
    panel.hidden = false;
  }
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && store.get().selected) store.set({ selected: null });
  };
  document.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe((state, prev) => {
    if (viewChanged(state, prev)) render(state);
  });
  render(store.get());
  return {
    destroy() {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
    },
  };
}
