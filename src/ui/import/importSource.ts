import { t } from '../../i18n/t';
import type { Lang } from '../../state/state';
import { h } from '../dom';
import type { StepContext } from './stepContext';

/** What the first step of the import dialog can do. */
export interface SourceStepOptions {
  onFiles(files: File[]): void;
  onText(text: string): void;
  onDefault(): void;
  /** Title of the imported dataset shown now, or null while the default data is shown. */
  importedTitle: string | null;
}

/**
 * The first step: a file picker (`#sca-import-file` on the page's first atlas, one file or a FlowmapBlue pair), a hint that
 * files can be dropped onto the map, a textarea for pasted CSV, and "Back to default data" while
 * imported data is shown.
 */
export function renderSourceStep(ctx: StepContext, options: SourceStepOptions): HTMLElement {
  const { lang } = ctx;
  const input = h('input', {
    id: ctx.id('import-file'),
    class: 'sca-import-file',
    type: 'file',
    multiple: true,
    accept: '.csv,.tsv,.txt,.tab,.geojson,.json,text/csv,text/tab-separated-values,application/geo+json,application/json',
    'aria-label': t('Import.ChooseFiles', {}, lang),
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) options.onFiles(files);
  });
  const paste = h('textarea', {
    id: ctx.id('import-paste'),
    class: 'sca-import-paste',
    rows: 4,
    spellcheck: 'false',
    placeholder: t('Import.PastePlaceholder', {}, lang),
  });
  const pasteButton = h('button', { id: ctx.id('import-paste-load'), class: 'sca-button', type: 'button' }, t('Import.PasteLoad', {}, lang));
  pasteButton.addEventListener('click', () => {
    if (paste.value.trim() !== '') options.onText(paste.value);
  });
  const current =
    options.importedTitle === null
      ? null
      : h(
          'div',
          { class: 'sca-import-current' },
          h('span', {}, t('Import.ShowingImported', { title: options.importedTitle }, lang)),
          h(
            'button',
            { id: ctx.id('import-default'), class: 'sca-button', type: 'button', onclick: () => options.onDefault() },
            t('Import.BackToDefault', {}, lang),
          ),
        );
  return h(
    'div',
    { class: 'sca-import-source' },
    current,
    h('p', { class: 'sca-import-intro' }, t('Import.Intro', {}, lang)),
    h(
      'div',
      { class: 'sca-import-pick' },
      h('label', { class: 'sca-button sca-import-pick-button', for: ctx.id('import-file') }, t('Import.ChooseFiles', {}, lang)),
      input,
      h('span', { class: 'sca-muted' }, t('Import.DropHint', {}, lang)),
    ),
    h('label', { class: 'sca-import-label', for: ctx.id('import-paste') }, t('Import.PasteLabel', {}, lang)),
    paste,
    h('div', { class: 'sca-import-buttons' }, pasteButton),
  );
}

/**
 * Makes an element (the map) accept dropped files: a highlighted overlay while files are dragged
 * over it, `onFiles` on drop. Returns a function that removes the handlers.
 */
export function attachDropTarget(target: HTMLElement, lang: () => Lang, onFiles: (files: File[]) => void): () => void {
  const overlay = h('div', { class: 'sca-import-drop', hidden: true });
  target.appendChild(overlay);
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  const onEnter = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.textContent = t('Import.DropHere', {}, lang());
    overlay.hidden = false;
  };
  const onOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  };
  target.addEventListener('dragenter', onEnter);
  target.addEventListener('dragover', onOver);
  target.addEventListener('dragleave', onLeave);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragenter', onEnter);
    target.removeEventListener('dragover', onOver);
    target.removeEventListener('dragleave', onLeave);
    target.removeEventListener('drop', onDrop);
    overlay.remove();
  };
}
