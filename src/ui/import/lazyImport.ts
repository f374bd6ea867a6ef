import type { ImportCounts } from '../../data/import/report';
import type { ImportOptions, ImportPanel } from './importPanel';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * The import UI, loaded on first use: the dialog, its steps and the worker client stay out of the
 * first load until the button is clicked, a file is dragged over the map or `?data=` asks for an
 * import. Until then a click or a drop is kept and replayed once the module is there, so nothing a
 * user does is lost and a dropped file never opens in the browser instead.
 */
export function mountLazyImport(options: ImportOptions): ImportPanel {
  let loading: Promise<ImportPanel> | null = null;
  let panel: ImportPanel | null = null;
  let destroyed = false;

  const load = (): Promise<ImportPanel> => {
    loading ??= import('./importPanel').then(({ mountImport }) => {
      detach();
      const mounted = mountImport(options);
      if (destroyed) mounted.destroy();
      panel = mounted;
      return mounted;
    });
    return loading;
  };

  const onClick = (): void => void load().then((loaded) => loaded.open());
  const onEnter = (event: DragEvent): void => {
    if (hasFiles(event)) void load();
  };
  const onOver = (event: DragEvent): void => {
    if (hasFiles(event)) event.preventDefault();
  };
  const onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void load().then((loaded) => loaded.importFiles(files));
  };
  const { button, dropTarget } = options;
  button.addEventListener('click', onClick);
  dropTarget.addEventListener('dragenter', onEnter);
  dropTarget.addEventListener('dragover', onOver);
  dropTarget.addEventListener('drop', onDrop);
  function detach(): void {
    button.removeEventListener('click', onClick);
    dropTarget.removeEventListener('dragenter', onEnter);
    dropTarget.removeEventListener('dragover', onOver);
    dropTarget.removeEventListener('drop', onDrop);
  }

  return {
    open: () => void load().then((loaded) => loaded.open()),
    loadUrl: (url) => load().then((loaded) => loaded.loadUrl(url)),
    importFiles: (files) => void load().then((loaded) => loaded.importFiles(files)),
    lastCounts: (): ImportCounts | null => panel?.lastCounts() ?? null,
    destroy() {
      destroyed = true;
      detach();
      panel?.destroy();
    },
  };
}
