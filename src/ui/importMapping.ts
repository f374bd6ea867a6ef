import { COLUMN_ROLES, mappingProblem, type ColumnMapping, type ColumnRole } from '../data/import/columns';
import { TEXT_ENCODINGS, type TextEncoding } from '../data/import/encoding';
import type { TableSummary } from '../data/import/session';
import { t } from '../i18n/t';
import { h } from './dom';

/** What the mapping step reports back. */
export interface MappingStepOptions {
  /** The user's mapping so far; the step edits it in place. */
  mapping: ColumnMapping;
  /** Roles the user changed by hand. */
  manual: Set<ColumnRole>;
  /** The encoding the file was first detected in. */
  detected: TextEncoding;
  onEncoding(encoding: TextEncoding): void;
  onLoad(): void;
  onBack(): void;
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

function confidenceText(summary: TableSummary, role: ColumnRole, manual: boolean): string {
  if (manual) return t('Import.Confidence.manual');
  const value = summary.detection.confidence[role];
  if (value === 0) return t('Import.Confidence.none');
  return value >= 0.8 ? t('Import.Confidence.sure') : t('Import.Confidence.guess');
}

function encodingSelect(summary: TableSummary, options: MappingStepOptions): HTMLElement {
  const select = h('select', { id: 'sca-import-encoding', class: 'sca-import-select' });
  for (const encoding of TEXT_ENCODINGS) {
    const label = encoding === options.detected ? t('Import.EncodingDetected', { name: ENCODING_NAMES[encoding] }) : ENCODING_NAMES[encoding];
    select.appendChild(h('option', { value: encoding, selected: encoding === summary.encoding }, label));
  }
  select.addEventListener('change', () => options.onEncoding(select.value as TextEncoding));
  return h('label', { class: 'sca-import-encoding' }, t('Import.Encoding'), ' ', select);
}

function preview(summary: TableSummary): HTMLElement {
  return h(
    'div',
    { class: 'sca-import-preview', role: 'region', 'aria-label': t('Import.Preview'), tabindex: 0 },
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, summary.headers.map((header) => h('th', {}, header)))),
      h('tbody', {}, summary.sample.map((row) => h('tr', {}, summary.headers.map((_, i) => h('td', {}, row[i] ?? ''))))),
    ),
  );
}

/**
 * The column mapping step: the file's summary and encoding (changeable), a preview of its first
 * rows, and one select per role (`#sca-import-map-<role>`) preselected from the detection, each
 * saying whether it was detected, guessed, not found or chosen by hand. "Load" stays disabled until
 * both city columns are chosen.
 */
export function renderMappingStep(summary: TableSummary, options: MappingStepOptions): HTMLElement {
  const { mapping, manual } = options;
  const problem = h('p', { class: 'sca-import-problem', role: 'alert' });
  const load = h('button', { id: 'sca-import-load', class: 'sca-button sca-button-primary', type: 'button', onclick: () => options.onLoad() }, t('Import.Load'));
  const update = (): void => {
    const issue = mappingProblem(mapping);
    problem.textContent = issue ? t(`Import.Error.${issue}`) : '';
    problem.hidden = issue === null;
    load.disabled = issue !== null;
  };
  const rows = COLUMN_ROLES.map((role) => {
    const select = h('select', { id: `sca-import-map-${role}`, class: 'sca-import-select', 'data-role': role });
    select.appendChild(h('option', { value: '' }, t('Import.None')));
    summary.headers.forEach((header, i) => select.appendChild(h('option', { value: i, selected: mapping[role] === i }, header || `#${i + 1}`)));
    const state = h('span', { class: 'sca-import-confidence' }, confidenceText(summary, role, manual.has(role)));
    select.addEventListener('change', () => {
      mapping[role] = select.value === '' ? null : Number(select.value);
      manual.add(role);
      state.textContent = confidenceText(summary, role, true);
      update();
    });
    return h('tr', {}, h('th', {}, h('label', { for: select.id }, t(`Import.Role.${role}`))), h('td', {}, select), h('td', {}, state));
  });
  const recognised = Object.values(summary.detection.mapping).some((column) => column !== null);
  update();
  const format = t(`Import.Format.${summary.format}`);
  return h(
    'div',
    { class: 'sca-import-mapping' },
    h('p', { class: 'sca-import-summary' }, t('Import.Summary', { title: summary.title, format, rows: summary.rows.toLocaleString() })),
    encodingSelect(summary, options),
    summary.unreadable > 0 ? h('p', { class: 'sca-muted' }, t('Import.Unreadable', { count: summary.unreadable })) : null,
    h('p', { class: 'sca-import-intro' }, recognised ? t('Import.MappingIntro') : t('Import.NoColumns')),
    h('table', { class: 'sca-import-roles' }, h('tbody', {}, rows)),
    preview(summary),
    problem,
    h('div', { class: 'sca-import-buttons' }, h('button', { class: 'sca-button', type: 'button', onclick: () => options.onBack() }, t('Import.Back')), load),
  );
}
