import { t } from '../i18n/t';
import type { Lang } from '../state/state';
import { h } from '../ui/dom';

/**
 * Shows a video recording's progress with a Cancel button at the top of `host`; cancelling aborts
 * `controller`. Returns the progress setter and the remover.
 */
export function showVideoProgress(host: HTMLElement, lang: Lang, controller: AbortController): { set(fraction: number): void; remove(): void } {
  const bar = h('progress', { max: 1, value: 0 });
  const text = h('span', {});
  const cancel = h('button', { class: 'sca-button', type: 'button', onclick: () => controller.abort() }, t('Export.Cancel', {}, lang));
  const box = h('div', { class: 'sca-export-progress', role: 'status' }, text, bar, cancel);
  const set = (fraction: number): void => {
    bar.value = fraction;
    text.textContent = t('Export.VideoProgress', { percent: Math.round(fraction * 100) }, lang);
  };
  set(0);
  host.append(box);
  return { set, remove: () => box.remove() };
}
