import { coverageTable, officialFigureFor, type CoverageRow, type OfficialFigure } from '../data/coverage';
import type { Dataset, Pairing } from '../data/schema';
import { formatClaimDate } from '../i18n/format';
import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { h } from './dom';
import { safeHref } from './links';

/** "Official: 96 with 49 countries (2019)", with the figure's source as a link when it has one. */
function officialLine(figure: OfficialFigure, lang: Lang): HTMLElement {
  const date = formatClaimDate(figure.asOf, lang);
  const text =
    figure.countries === null
      ? t('Coverage.Official', { pairs: figure.pairs, date }, lang)
      : t('Coverage.OfficialCountries', { pairs: figure.pairs, countries: figure.countries, date }, lang);
  const href = safeHref(figure.url);
  return h(
    'div',
    { class: 'sca-coverage-official' },
    h('strong', {}, text),
    href ? [' — ', h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, t('Coverage.Source', {}, lang))] : null,
  );
}

/** What the figure counts, in the UI language; in Chinese the English note, marked as such, when it has no translation. */
function noteLine(figure: OfficialFigure, lang: Lang): HTMLElement | null {
  if (figure.note === '') return null;
  const note = lang === 'zh' ? figure.noteZh : figure.note;
  const text = note !== '' ? t('Coverage.Note', { note }, lang) : t('Coverage.NoteOriginal', { note: figure.note }, lang);
  return h('div', { class: 'sca-muted sca-coverage-note' }, text);
}

/**
 * A Chinese unit's count in the dataset beside its newest official figure, with what that figure
 * counts and its source; for a prefecture also the count with its districts and counties.
 */
export function renderCoverage(dataset: Dataset, unit: Pairing['cn'], own: number, lang: Lang): HTMLElement {
  const figure = officialFigureFor(dataset.totals, unit);
  const prefix = unit.level === 'province' ? unit.code.slice(0, 2) : unit.level === 'prefecture' ? unit.code.slice(0, unit.code.endsWith('0000') ? 2 : 4) : '';
  const withSub = prefix !== '' && /^\d{6}$/.test(unit.code) ? dataset.pairings.filter((p) => p.cn.code.startsWith(prefix)).length : own;
  const counted = t('Coverage.Dataset', { count: own }, lang) + (withSub > own ? ` · ${t('Coverage.WithSub', { count: withSub }, lang)}` : '');
  return h(
    'div',
    { class: 'sca-coverage' },
    h('div', {}, counted),
    figure
      ? officialLine(figure, lang)
      : unit.level === 'prefecture' || unit.level === 'province'
        ? h('div', { class: 'sca-muted' }, t('Coverage.None', {}, lang))
        : null,
    figure ? noteLine(figure, lang) : null,
    figure && withSub > figure.pairs ? h('div', { class: 'sca-coverage-ahead' }, t('Coverage.Ahead', {}, lang)) : null,
  );
}

function coverageRow(row: CoverageRow, lang: Lang): HTMLElement {
  const name = lang === 'zh' ? row.nameZh : row.nameEn;
  const official = row.official;
  const href = official ? safeHref(official.url) : null;
  return h(
    'tr',
    { 'data-code': row.code, 'data-kind': row.kind, class: row.datasetAhead ? 'sca-coverage-ahead' : null },
    h('th', { scope: 'row' }, name),
    h('td', {}, String(row.datasetWithSubunits)),
    h('td', {}, official ? (href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, String(official.pairs)) : String(official.pairs)) : '—'),
    h('td', {}, official ? formatClaimDate(official.asOf, lang) : ''),
  );
}

/** The Sources dialog's coverage table: provinces, then cities with an official figure. */
export function renderCoverageTable(dataset: Dataset, lang: Lang): HTMLElement {
  const rows = coverageTable(dataset.pairings, dataset.totals);
  return h(
    'section',
    { class: 'sca-coverage-table' },
    h('h3', {}, t('Coverage.Title', {}, lang)),
    h('p', { class: 'sca-muted' }, t('Coverage.Intro', {}, lang)),
    h(
      'table',
      { class: 'sca-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t('Coverage.Unit', {}, lang), t('Coverage.InDataset', {}, lang), t('Coverage.OfficialColumn', {}, lang), t('Coverage.Date', {}, lang)].map((text) =>
            h('th', { scope: 'col' }, text),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) => coverageRow(row, lang)),
      ),
    ),
  );
}
