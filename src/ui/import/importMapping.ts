import { COLUMN_ROLES, mappingProblem, type ColumnRole } from '../../data/import/columns';
import { TEXT_ENCODINGS, type TextEncoding } from '../../data/import/encoding';
import type { TableSummary } from '../../data/import/session';
import { t } from '../../i18n/t';
import type { Lang } from '../../state/state';
import { h } from '../dom';
import type { StepContext } from './stepContext';

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

function confidenceText(summary: TableSummary, role: ColumnRole, manual: boolean, lang: Lang): string {
  if (manual) return t('Import.Confidence.manual', {}, lang);
  const value = summary.detection.confidence[role];
  if (value === 0) return t('Import.Confidence.none', {}, lang);
  return value >= 0.8 ? t('Import.Confidence.sure', {}, lang) : t('Import.Confidence.guess', {}, lang);
}

function encodingSelect(ctx: StepContext, summary: TableSummary, onEncoding: (encoding: TextEncoding) => void): HTMLElement {
  const { lang } = ctx;
  const detected = ctx.state().detected;
  const select = h('select', { id: ctx.id('import-encoding'), class: 'sca-import-select' });
  for (const encoding of TEXT_ENCODINGS) {
    const label = encoding === detected ? t('Import.EncodingDetected', { name: ENCODING_NAMES[encoding] }, lang) : ENCODING_NAMES[encoding];
    select.appendChild(h('option', { value: encoding, selected: encoding === summary.encoding }, label));
  }
  select.addEventListener('change', () => onEncoding(select.value as TextEncoding));
  return h('label', { class: 'sca-import-encoding' }, t('Import.Encoding', {}, lang), ' ', select);
}

function preview(summary: TableSummary, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'sca-import-preview', role: 'region', 'aria-label': t('Import.Preview', {}, lang), tabindex: 0 },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          summary.headers.map((header) => h('th', {}, header)),
        ),
      ),
      h(
        'tbody',
        {},
        summary.sample.map((row) =>
          h(
            'tr',
            {},
            summary.headers.map((_, i) => h('td', {}, row[i] ?? '')),
          ),
        ),
      ),
    ),
  );
}

/**
 * The column mapping step: the file's summary and encoding (changeable), a preview of its first
 * rows, and one select per role (`#sca-import-map-<role>`) preselected from the detection, each
 * saying whether it was detected, guessed, not found or chosen by hand. "Load" stays disabled until
 * both city columns are chosen. `onEncoding` reads the file again in another encoding.
 */
export function renderMappingStep(ctx: StepContext, onEncoding: (encoding: TextEncoding) => void): HTMLElement {
  const { lang } = ctx;
  const { summary, mapping: initial, manual } = ctx.state();
  if (!summary || !initial) throw new Error('invalid import state: the mapping step needs a read file');
  const problem = h('p', { class: 'sca-import-problem', role: 'alert' });
  const load = h(
    'button',
    { id: ctx.id('import-load'), class: 'sca-button sca-button-primary', type: 'button', onclick: () => ctx.dispatch({ type: 'resolve' }) },
    t('Import.Load', {}, lang),
  );
  const update = (): void => {
    const mapping = ctx.state().mapping;
    const issue = mapping ? mappingProblem(mapping) : 'no-cn-column';
    problem.textContent = issue ? t(`Import.Error.${issue}`, {}, lang) : '';
    problem.hidden = issue === null;
    load.disabled = issue !== null;
  };
  const rows = COLUMN_ROLES.map((role) => {
    const select = h('select', { id: ctx.id(`import-map-${role}`), class: 'sca-import-select', 'data-role': role });
    select.appendChild(h('option', { value: '' }, t('Import.None', {}, lang)));
    select.append(...summary.headers.map((header, i) => h('option', { value: i, selected: initial[role] === i }, header || `#${i + 1}`)));
    const state = h('span', { class: 'sca-import-confidence' }, confidenceText(summary, role, manual.includes(role), lang));
    select.addEventListener('change', () => {
      ctx.dispatch({ type: 'setColumn', role, column: select.value === '' ? null : Number(select.value) });
      state.textContent = confidenceText(summary, role, true, lang);
      update();
    });
    return h('tr', {}, h('th', {}, h('label', { for: select.id }, t(`Import.Role.${role}`, {}, lang))), h('td', {}, select), h('td', {}, state));
  });
  const recognised = Object.values(summary.detection.mapping).some((column) => column !== null);
  update();
  const format = t(`Import.Format.${summary.format}`, {}, lang);
  return h(
    'div',
    { class: 'sca-import-mapping' },
    h('p', { class: 'sca-import-summary' }, t('Import.Summary', { title: summary.title, format, rows: summary.rows }, lang)),
    encodingSelect(ctx, summary, onEncoding),
    summary.unreadable > 0 ? h('p', { class: 'sca-muted' }, t('Import.Unreadable', { count: summary.unreadable }, lang)) : null,
    h('p', { class: 'sca-import-intro' }, recognised ? t('Import.MappingIntro', {}, lang) : t('Import.NoColumns', {}, lang)),
    h('table', { class: 'sca-import-roles' }, h('tbody', {}, rows)),
    preview(summary, lang),
    problem,
    h(
      'div',
      { class: 'sca-import-buttons' },
      h('button', { class: 'sca-button', type: 'button', onclick: () => ctx.dispatch({ type: 'back' }) }, t('Import.Back', {}, lang)),
      load,
    ),
  );
}
