import type { Ambiguity, Choices } from '../data/import/ambiguity';
import { t } from '../i18n/t';
import { h } from './dom';

/** What the choices step reports back. */
export interface ChoicesStepOptions {
  /** The user's answers so far; the step edits them in place. */
  choices: Choices;
  onApply(): void;
  onBack(): void;
}

/** The dialog's starting answers: the suggested candidate where there is one, else off the map. */
export function suggestedChoices(ambiguities: readonly Ambiguity[]): Choices {
  return Object.fromEntries(ambiguities.map((a) => [a.id, a.suggested]));
}

/**
 * The step for names that match several places: per name, where it is used and a select of its
 * candidates (with province, or country, state code, population and point) plus "Leave off the
 * map". Nothing is chosen unless suggested (one place far larger than the rest); a button picks the
 * most populous place for every partner name at once (candidates come largest first), which the
 * user still sees before loading. Chinese units have no population, so they are always chosen by hand.
 */
export function renderChoicesStep(ambiguities: readonly Ambiguity[], options: ChoicesStepOptions): HTMLElement {
  const { choices } = options;
  const selects: [Ambiguity, HTMLSelectElement][] = [];
  const items = ambiguities.map((ambiguity, i) => {
    const select = h('select', { id: `sca-import-choice-${i}`, class: 'sca-import-select', 'data-ambiguity': ambiguity.id });
    select.appendChild(h('option', { value: '' }, t('Import.LeaveOff')));
    ambiguity.candidates.forEach((candidate, c) => {
      select.appendChild(h('option', { value: c, selected: choices[ambiguity.id] === c }, `${candidate.label} — ${candidate.detail}`));
    });
    select.addEventListener('change', () => {
      choices[ambiguity.id] = select.value === '' ? null : Number(select.value);
    });
    selects.push([ambiguity, select]);
    const context = ambiguity.context ? ` (${ambiguity.context})` : '';
    return h(
      'li',
      { class: 'sca-import-choice' },
      h('div', {}, h('strong', {}, `${ambiguity.name}${context}`), ' ', h('span', { class: 'sca-muted' }, `${t(`Import.Side.${ambiguity.side}`)} · ${t('Import.AmbiguityRows', { count: ambiguity.rows, row: ambiguity.firstRow })}`)),
      h('label', { class: 'sca-import-choice-select' }, select),
    );
  });
  const largest = h('button', {
    id: 'sca-import-largest', class: 'sca-button', type: 'button',
    onclick: () => {
      for (const [ambiguity, select] of selects) {
        if (ambiguity.side !== 'partner') continue;
        choices[ambiguity.id] = 0;
        select.value = '0';
      }
    },
  }, t('Import.ChooseLargest'));
  largest.hidden = !ambiguities.some((ambiguity) => ambiguity.side === 'partner');
  return h(
    'div',
    { class: 'sca-import-choices' },
    h('h3', {}, t('Import.ChoicesTitle')),
    h('p', { class: 'sca-import-intro' }, t('Import.ChoicesIntro')),
    h('ul', { class: 'sca-import-choice-list' }, items),
    h(
      'div',
      { class: 'sca-import-buttons' },
      h('button', { class: 'sca-button', type: 'button', onclick: () => options.onBack() }, t('Import.Back')),
      largest,
      h('button', { id: 'sca-import-apply', class: 'sca-button sca-button-primary', type: 'button', onclick: () => options.onApply() }, t('Import.Apply')),
    ),
  );
}
