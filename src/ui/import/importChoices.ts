import type { Ambiguity, Candidate } from '../../data/import/ambiguity';
import type { Lang } from '../../state/state';
import { t } from '../../i18n/t';
import { h } from '../dom';
import type { StepContext } from './stepContext';

/** A candidate as one line: names, what tells it apart, population and point. */
function candidateText(candidate: Candidate, lang: Lang): string {
  const people = candidate.population > 0 ? t('Import.Population', { count: candidate.population }, lang) : '';
  const point = candidate.lat !== null && candidate.lon !== null ? `${candidate.lat.toFixed(2)}, ${candidate.lon.toFixed(2)}` : '';
  return `${candidate.label} — ${[candidate.detail, people, point].filter((part) => part !== '').join(' · ')}`;
}

/**
 * The step for names that match several places: per name, where it is used and a select of its
 * candidates (with province, or country, state code, population and point) plus "Leave off the
 * map". Nothing is chosen unless suggested (one place far larger than the rest); a button picks the
 * most populous place for every partner name at once (candidates come largest first), which the
 * user still sees before loading. Chinese units have no population, so they are always chosen by hand.
 */
export function renderChoicesStep(ctx: StepContext): HTMLElement {
  const { lang } = ctx;
  const { ambiguities, choices } = ctx.state();
  const selects: [Ambiguity, HTMLSelectElement][] = [];
  const items = ambiguities.map((ambiguity, i) => {
    const select = h('select', { id: ctx.id(`import-choice-${i}`), class: 'sca-import-select', 'data-ambiguity': ambiguity.id });
    select.appendChild(h('option', { value: '' }, t('Import.LeaveOff', {}, lang)));
    ambiguity.candidates.forEach((candidate, c) => {
      select.appendChild(h('option', { value: c, selected: choices[ambiguity.id] === c }, candidateText(candidate, lang)));
    });
    select.addEventListener('change', () => {
      ctx.dispatch({ type: 'choose', id: ambiguity.id, candidate: select.value === '' ? null : Number(select.value) });
    });
    selects.push([ambiguity, select]);
    const context = ambiguity.context ? ` (${ambiguity.context})` : '';
    return h(
      'li',
      { class: 'sca-import-choice' },
      h(
        'div',
        {},
        h('strong', {}, `${ambiguity.name}${context}`),
        ' ',
        h(
          'span',
          { class: 'sca-muted' },
          `${t(`Import.Side.${ambiguity.side}`, {}, lang)} · ${t('Import.AmbiguityRows', { count: ambiguity.rows, row: ambiguity.firstRow }, lang)}`,
        ),
      ),
      h('label', { class: 'sca-import-choice-select' }, select),
    );
  });
  const largest = h(
    'button',
    {
      id: ctx.id('import-largest'),
      class: 'sca-button',
      type: 'button',
      onclick: () => {
        ctx.dispatch({ type: 'chooseLargest' });
        const chosen = ctx.state().choices;
        for (const [ambiguity, select] of selects) select.value = String(chosen[ambiguity.id] ?? '');
      },
    },
    t('Import.ChooseLargest', {}, lang),
  );
  largest.hidden = !ambiguities.some((ambiguity) => ambiguity.side === 'partner');
  return h(
    'div',
    { class: 'sca-import-choices' },
    h('h3', {}, t('Import.ChoicesTitle', {}, lang)),
    h('p', { class: 'sca-import-intro' }, t('Import.ChoicesIntro', {}, lang)),
    h('ul', { class: 'sca-import-choice-list' }, items),
    h(
      'div',
      { class: 'sca-import-buttons' },
      h('button', { class: 'sca-button', type: 'button', onclick: () => ctx.dispatch({ type: 'back' }) }, t('Import.Back', {}, lang)),
      largest,
      h(
        'button',
        { id: ctx.id('import-apply'), class: 'sca-button sca-button-primary', type: 'button', onclick: () => ctx.dispatch({ type: 'build' }) },
        t('Import.Apply', {}, lang),
      ),
    ),
  );
}
