import { REPORT_GROUPS, reportToCsv, type LoadReport, type ReportEntry, type ReportGroup, type ReportLabels } from '../../data/import/report';
import type { Dataset } from '../../data/schema';
import { serializeDataset } from '../../data/serializeDataset';
import { downloadBlob } from '../../export/downloadBlob';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { Lang } from '../../state/state';
import { h } from '../dom';
import type { StepContext } from './stepContext';

/** Rows listed per group in the dialog; the CSV has them all. */
const LISTED = 200;

/** The report's labels in the UI language. */
export function reportLabels(lang: Lang): ReportLabels {
  return {
    header: [
      t('Import.Csv.Row', {}, lang),
      t('Import.Csv.Group', {}, lang),
      t('Import.Csv.Reason', {}, lang),
      t('Import.Csv.Code', {}, lang),
      t('Import.Csv.Detail', {}, lang),
      t('Import.Csv.City', {}, lang),
      t('Import.Csv.Partner', {}, lang),
    ],
    group: (group) => t(`Import.Group.${group}`, {}, lang),
    reason: (entry) => t(`Import.Reason.${entry.reason}`, { detail: entry.detail }, lang),
  };
}

function entryLine(entry: ReportEntry, lang: Lang): HTMLElement {
  const names = [entry.cn, entry.partner].filter((name) => name !== '').join(' – ');
  const reason = t(`Import.Reason.${entry.reason}`, { detail: entry.detail }, lang);
  const detail = entry.reason !== 'duplicate' && entry.detail !== '' ? ` (${entry.detail})` : '';
  return h(
    'li',
    { 'data-row': entry.row, 'data-reason': entry.reason },
    h('span', { class: 'sca-import-row' }, t('Import.Row', { row: entry.row }, lang)),
    ' ',
    names ? h('span', { class: 'sca-import-names' }, names) : null,
    ' ',
    h('span', { class: 'sca-muted' }, `${reason}${detail}`),
  );
}

function groupSection(group: ReportGroup, entries: readonly ReportEntry[], lang: Lang): HTMLElement {
  const listed = entries.slice(0, LISTED);
  const open = group === 'notOnMap' || group === 'rejected' || group === 'noYear';
  return h(
    'details',
    { class: 'sca-import-group', 'data-group': group, open: open && entries.length > 0 },
    h(
      'summary',
      {},
      h('span', {}, t(`Import.Group.${group}`, {}, lang)),
      h('span', { class: 'sca-import-count', 'data-count': group }, formatNumber(entries.length, lang)),
    ),
    entries.length > 0
      ? h(
          'ul',
          {},
          listed.map((entry) => entryLine(entry, lang)),
        )
      : null,
    entries.length > LISTED ? h('p', { class: 'sca-muted' }, t('Import.More', { count: entries.length - LISTED }, lang)) : null,
  );
}

/** Offers the report as a CSV download (UTF-8 with a BOM, so spreadsheet programs read the Chinese text). */
function download(report: LoadReport, lang: Lang): void {
  const csv = reportToCsv(report, reportLabels(lang));
  downloadBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), `${baseName(report.title)}-report.csv`);
}

/** A file name from a dataset title without its extension. */
function baseName(title: string): string {
  return title.replace(/\.[^.]*$/, '') || 'import';
}

/**
 * Offers the loaded dataset as a file in the app's own format (like data/atlas.json), geocoded points
 * and place choices included, so it opens again with `?data=` without repeating the work.
 */
function saveDataset(dataset: Dataset, title: string): void {
  downloadBlob(new Blob([serializeDataset(dataset)], { type: 'application/json' }), `${baseName(title)}.atlas.json`);
}

/**
 * The load report: a summary line, then one section per group (loaded, geocoded, merged, no year,
 * not on the map, rejected) with its count and rows, each with its row number, names and reason;
 * a CSV download of every row; and "Done".
 */
export function renderReport(ctx: StepContext, report: LoadReport, dataset: Dataset, onDone: () => void): HTMLElement {
  const drawn = dataset.pairings.filter((p) => p.notOnMap === null).length;
  const { lang } = ctx;
  const byGroup = new Map<ReportGroup, ReportEntry[]>(REPORT_GROUPS.map((group) => [group, []]));
  for (const entry of report.entries) byGroup.get(entry.group)!.push(entry);
  return h(
    'div',
    { class: 'sca-import-report', id: ctx.id('import-report') },
    h('h3', {}, t('Import.ReportTitle', {}, lang)),
    h('p', { class: 'sca-import-summary' }, t('Import.ReportSummary', { rows: report.counts.rows, title: report.title, drawn }, lang)),
    REPORT_GROUPS.map((group) => groupSection(group, byGroup.get(group)!, lang)),
    h(
      'div',
      { class: 'sca-import-buttons' },
      h(
        'button',
        { id: ctx.id('import-download'), class: 'sca-button', type: 'button', onclick: () => download(report, lang) },
        t('Import.Download', {}, lang),
      ),
      h(
        'button',
        { id: ctx.id('import-save'), class: 'sca-button', type: 'button', onclick: () => saveDataset(dataset, report.title) },
        t('Save.Json', {}, lang),
      ),
      h('button', { id: ctx.id('import-done'), class: 'sca-button sca-button-primary', type: 'button', onclick: () => onDone() }, t('Import.Done', {}, lang)),
    ),
  );
}
