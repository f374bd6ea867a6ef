import type { Dataset } from '../data/schema';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { h } from './dom';
import { openDialog } from './dialog';
import { cityName, cnNames, countryName, partnerNames } from './names';

/** The pairings of a dataset that cannot be drawn. */
export function notOnMap(dataset: Dataset): Dataset['pairings'] {
  return dataset.pairings.filter((p) => p.notOnMap !== null);
}

/** Lists every tie that is in the data but not on the map, with its reason. */
export function openNotOnMapDialog(host: HTMLElement, dataset: Dataset, lang: Lang): HTMLDialogElement {
  const rows = notOnMap(dataset);
  return openDialog(
    host,
    lang,
    t('NotOnMap.Title', {}, lang),
    h('p', {}, rows.length ? t('NotOnMap.Intro', {}, lang) : t('NotOnMap.None', {}, lang)),
    rows.length
      ? h(
          'table',
          { class: 'sca-table sca-notonmap' },
          h(
            'tbody',
            {},
            rows.map((p) =>
              h(
                'tr',
                { 'data-id': p.id },
                h('td', {}, cityName(cnNames(p), lang)),
                h('td', {}, cityName(partnerNames(p), lang), h('div', { class: 'sca-muted' }, countryName(p.partner, lang))),
                h('td', {}, p.year ?? '—'),
                h('td', {}, t(`NotOnMap.${p.notOnMap ?? 'coordinates-missing'}`, {}, lang)),
              ),
            ),
          ),
        )
      : null,
  );
}
