/**
 * The import dialog's state as a small state machine: choose a source → map columns → resolve
 * ambiguous places → report. Pure: the dialog renders this state and turns user actions and worker
 * answers into actions; nothing else holds the file's summary, the mapping, the choices or the counts.
 */
import type { Ambiguity, Choices } from '../data/import/ambiguity';
import type { ColumnMapping, ColumnRole } from '../data/import/columns';
import type { TextEncoding } from '../data/import/encoding';
import type { ImportCounts } from '../data/import/report';
import type { ImportResult, TableSummary } from '../data/import/session';

/** The step the dialog shows. */
export type WizardStep = 'source' | 'busy' | 'mapping' | 'choices' | 'report';

/** The worker request a `busy` step waits for. */
export type WizardTask = 'open' | 'reopen' | 'resolve' | 'build' | 'default';

/** A failed step: the error code (translated by the UI) and its verbatim detail. */
export interface ImportFailure {
  code: string;
  detail: string;
}

/** Everything the import dialog knows. */
export interface WizardState {
  step: WizardStep;
  /** What a `busy` step waits for; null otherwise. */
  task: WizardTask | null;
  /** Name of the file(s) or source being imported. */
  name: string;
  /** True for `?data=` imports: a complete column detection loads without asking. */
  auto: boolean;
  /** The file as read by the worker; null before that. */
  summary: TableSummary | null;
  /** The encoding the file was first detected in. */
  detected: TextEncoding;
  mapping: ColumnMapping | null;
  /** Roles the user changed by hand. */
  manual: readonly ColumnRole[];
  ambiguities: readonly Ambiguity[];
  choices: Choices;
  /** The last import that was loaded, while the dialog shows its report. */
  result: ImportResult | null;
  /** Report counts of the import shown on the map, or null while the shipped data is shown. */
  counts: ImportCounts | null;
  error: ImportFailure | null;
}

/** What can happen to the dialog. */
export type WizardAction =
  | { type: 'start'; name: string; auto: boolean }
  | { type: 'reopen' }
  | { type: 'opened'; summary: TableSummary; first: boolean }
  | { type: 'setColumn'; role: ColumnRole; column: number | null }
  | { type: 'resolve' }
  | { type: 'resolved'; ambiguities: readonly Ambiguity[] }
  | { type: 'choose'; id: string; candidate: number | null }
  | { type: 'chooseLargest' }
  | { type: 'build' }
  | { type: 'built'; result: ImportResult }
  | { type: 'loadDefault' }
  | { type: 'defaultLoaded' }
  | { type: 'failed'; failure: ImportFailure }
  | { type: 'back' }
  | { type: 'cancel' }
  | { type: 'restart' };

/** The dialog before any import. */
export const INITIAL_WIZARD: WizardState = {
  step: 'source',
  task: null,
  name: '',
  auto: false,
  summary: null,
  detected: 'utf-8',
  mapping: null,
  manual: [],
  ambiguities: [],
  choices: {},
  result: null,
  counts: null,
  error: null,
};

/** The dialog's starting answers: the suggested candidate where there is one, else off the map. */
export function suggestedChoices(ambiguities: readonly Ambiguity[]): Choices {
  return Object.fromEntries(ambiguities.map((a) => [a.id, a.suggested]));
}

/** Whether the mapping names both city columns, so an automatic import can load without asking. */
export function mappingComplete(state: WizardState): boolean {
  return state.mapping !== null && state.mapping.cnName !== null && state.mapping.partnerName !== null;
}

const busy = (state: WizardState, task: WizardTask): WizardState => ({ ...state, step: 'busy', task, error: null });

/** The step to return to after a failure or "Back" from `step`. */
function stepBefore(state: WizardState, task: WizardTask | null): WizardStep {
  if (task === 'open' || task === 'default' || state.summary === null) return 'source';
  return 'mapping';
}

/** The next state. Unknown or out-of-place actions leave the state as it is. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'start':
      return { ...busy(state, 'open'), name: action.name, auto: action.auto, summary: null, mapping: null, manual: [], ambiguities: [], choices: {} };
    case 'reopen':
      return state.summary ? busy(state, 'reopen') : state;
    case 'opened': {
      const { summary } = action;
      const next: WizardState = {
        ...state,
        summary,
        detected: action.first ? summary.encoding : state.detected,
        mapping: { ...summary.detection.mapping },
        manual: [],
        task: null,
      };
      return state.auto && mappingComplete(next) ? busy(next, 'resolve') : { ...next, step: 'mapping', auto: false };
    }
    case 'setColumn':
      if (!state.mapping || state.step !== 'mapping') return state;
      return {
        ...state,
        mapping: { ...state.mapping, [action.role]: action.column },
        manual: state.manual.includes(action.role) ? state.manual : [...state.manual, action.role],
      };
    case 'resolve':
      return state.mapping ? busy(state, 'resolve') : state;
    case 'resolved':
      if (state.task !== 'resolve') return state;
      return action.ambiguities.length === 0
        ? { ...busy(state, 'build'), ambiguities: [], choices: {} }
        : { ...state, step: 'choices', task: null, auto: false, ambiguities: action.ambiguities, choices: suggestedChoices(action.ambiguities) };
    case 'choose':
      return state.step === 'choices' ? { ...state, choices: { ...state.choices, [action.id]: action.candidate } } : state;
    case 'chooseLargest': {
      if (state.step !== 'choices') return state;
      const choices = { ...state.choices };
      for (const ambiguity of state.ambiguities) if (ambiguity.side === 'partner') choices[ambiguity.id] = 0;
      return { ...state, choices };
    }
    case 'build':
      return busy(state, 'build');
    case 'built':
      if (state.task !== 'build') return state;
      return { ...state, step: 'report', task: null, auto: false, result: action.result, counts: action.result.report.counts, error: null };
    case 'loadDefault':
      return busy(state, 'default');
    case 'defaultLoaded':
      return { ...INITIAL_WIZARD, detected: state.detected };
    case 'failed':
      return { ...state, step: stepBefore(state, state.task), task: null, auto: false, error: action.failure };
    case 'back':
      if (state.step === 'choices') return { ...state, step: 'mapping' };
      if (state.step === 'mapping') return { ...state, step: 'source' };
      return state;
    case 'cancel':
      return state.step === 'busy' ? { ...state, step: 'source', task: null, auto: false } : state;
    case 'restart':
      return state.step === 'report' ? { ...state, step: 'source', result: null, error: null } : state;
  }
}
