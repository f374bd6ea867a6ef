import { ATTRIBUTIONS, DATASET_LICENCE } from '../data/attribution';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { renderCoverageTable } from './coverage';
import { h } from './dom';
import { datasetTitle } from './names';
import { openDialog } from './dialog';

function link(url: string, text: string): HTMLElement | string {
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
}

/** The dataset summary, the year rule and every attribution the sources require. */
export function openAboutDialog(host: HTMLElement, dataset: Dataset, isDefault: boolean, lang: Lang): HTMLDialogElement {
  const pairings = dataset.pairings;
  return openDialog(
    host,
    lang,
    t('About.Title', {}, lang),
    h('p', {}, t('About.Dataset', { title: datasetTitle(dataset, isDefault, lang) }, lang)),
    h(
      'p',
      {},
      t(
        'About.Counts',
        {
          pairings: pairings.length,
          onMap: pairings.filter((p) => p.notOnMap === null).length,
          dated: pairings.filter((p) => p.year !== null).length,
          conflicts: pairings.filter((p) => p.yearStatus === 'conflict').length,
        },
        lang,
      ),
    ),
    h('p', {}, t('About.YearRule', {}, lang)),
    dataset.totals.length > 0 ? renderCoverageTable(dataset, lang) : null,
    h('p', { class: 'sca-muted' }, DATASET_LICENCE[lang]),
    h(
      'ul',
      { class: 'sca-attributions' },
      ATTRIBUTIONS.map((a) =>
        h(
          'li',
          { 'data-id': a.id },
          h('strong', {}, link(a.url, a.name)),
          ' — ',
          link(a.licenceUrl, a.licence),
          a.notice ? h('div', {}, a.notice) : null,
          h('div', { class: 'sca-muted' }, t('About.UsedFor', { what: a.usedFor[lang] }, lang)),
        ),
      ),
    ),
  );
}
