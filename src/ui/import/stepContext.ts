import type { Lang } from '../../state/state';
import type { WizardAction, WizardState } from '../../state/importWizard';

/** What every step of the import dialog renders with. */
export interface StepContext {
  lang: Lang;
  /** The page-unique id of one of the dialog's elements (`import-file` → `sca-import-file`). */
  id(name: string): string;
  /** The wizard's state now. */
  state(): WizardState;
  dispatch(action: WizardAction): void;
}
