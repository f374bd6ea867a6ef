import { type FrameSize, iframeSnippet, shareLink } from '../embed/snippet';
import { t } from '../i18n/t';
import { resolveUnit } from '../state/resolveUnit';
import type { AtlasState, Lang } from '../state/state';
import type { UrlDefaults, UrlState } from '../state/urlState';
import { openDialog } from './dialog';
import { h } from './dom';
import { homeCardOf } from './homeCardView';

/** What the Share dialog shares. */
export interface ShareSource {
  state: AtlasState;
  /** The current view as the URL states it (camera included). */
  view: UrlState;
  /** The page address the links start from (no query). */
  base: string;
  defaults: UrlDefaults;
}

async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.select();
    return document.execCommand('copy');
  }
}

/**
 * Opens the Share dialog: the link of the current view and an iframe snippet of it (responsive 16:9 or a fixed
 * size, with a title and `loading="lazy"`), both following the options (embed view, language, home city), with a
 * live preview of the snippet's frame.
 */
export function openShareDialog(host: HTMLElement, source: ShareSource): HTMLDialogElement {
  const { state, view } = source;
  const lang = state.lang;
  const tr = (key: Parameters<typeof t>[0], params: Record<string, string | number> = {}) => t(key, params, lang);
  const homeName = homeCardOf(state) ? (resolveUnit(state.dataset, state.home ?? '')?.nameZh ?? '') : '';

  const embed = h('input', { type: 'checkbox', class: 'sca-share-embed', checked: true });
  const langSelect = h(
    'select',
    { class: 'sca-share-lang' },
    h('option', { value: '' }, tr('Share.LanguageViewer')),
    h('option', { value: 'en', lang: 'en' }, 'English'),
    h('option', { value: 'zh', lang: 'zh-Hans' }, '中文'),
  );
  langSelect.value = lang;
  const home = h('input', { type: 'text', class: 'sca-share-home', value: homeName, placeholder: tr('Share.HomeNone') });
  const homeNote = h('div', { class: 'sca-muted sca-share-note', role: 'status' });
  const fixed = h('input', { type: 'checkbox', class: 'sca-share-fixed' });
  const width = h('input', { type: 'number', class: 'sca-share-width', value: 800, min: 320, max: 3840 });
  const height = h('input', { type: 'number', class: 'sca-share-height', value: 450, min: 400, max: 2160 });
  const link = h('input', { type: 'text', class: 'sca-share-link', readonly: true });
  const snippet = h('textarea', { class: 'sca-share-snippet', readonly: true, rows: 4 });
  const status = h('div', { class: 'sca-muted', role: 'status' });
  const preview = h('div', { class: 'sca-share-preview' });
  const copy = (field: HTMLInputElement | HTMLTextAreaElement) => async () => {
    status.textContent = (await copyText(field.value, field)) ? tr('Share.Copied') : tr('Share.CopyFailed');
  };

  let previewTimer = 0;
  function update(): void {
    const reference = home.value.trim();
    const unit = reference === '' ? null : resolveUnit(state.dataset, reference);
    homeNote.textContent = reference !== '' && !unit ? tr('Home.NotFound', { name: reference }) : '';
    const homeValue = unit ? unit.code || unit.nameZh : null;
    const chosenLang = langSelect.value === 'en' || langSelect.value === 'zh' ? (langSelect.value as Lang) : null;
    const options = { embed: embed.checked, lang: chosenLang, home: homeValue };
    link.value = shareLink(source.base, view, options, source.defaults);
    const frameLink = shareLink(source.base, view, { ...options, embed: true }, source.defaults);
    const size: FrameSize = fixed.checked ? { kind: 'fixed', width: Number(width.value), height: Number(height.value) } : { kind: 'responsive' };
    const title = unit
      ? t('Share.FrameTitleHome', { home: chosenLang === 'en' ? unit.nameEn : unit.nameZh }, chosenLang ?? lang)
      : t('Share.FrameTitle', {}, chosenLang ?? lang);
    snippet.value = iframeSnippet(options.embed ? link.value : frameLink, title, size);
    width.disabled = !fixed.checked;
    height.disabled = !fixed.checked;
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => {
      const frame = h('iframe', {
        class: 'sca-share-frame',
        src: options.embed ? link.value : frameLink,
        title,
        loading: 'lazy',
        sandbox: 'allow-scripts allow-same-origin',
      });
      preview.replaceChildren(frame);
    }, 400);
  }
  for (const input of [embed, langSelect, home, fixed, width, height]) input.addEventListener('input', update);

  const row = (label: string, ...controls: HTMLElement[]) => h('label', { class: 'sca-share-row' }, h('span', {}, label), ...controls);
  const dialog = openDialog(
    host,
    lang,
    tr('Share.Title'),
    h(
      'div',
      { class: 'sca-share' },
      h(
        'fieldset',
        { class: 'sca-share-options' },
        row(tr('Share.EmbedView'), embed),
        row(tr('Share.Language'), langSelect),
        row(tr('Share.Home'), home),
        homeNote,
        row(tr('Share.SizeFixed'), fixed),
        row(tr('Share.Width'), width),
        row(tr('Share.Height'), height),
      ),
      h(
        'div',
        { class: 'sca-share-field' },
        h('span', {}, tr('Share.Link')),
        link,
        h('button', { type: 'button', class: 'sca-button sca-share-copy-link', onclick: copy(link) }, tr('Share.CopyLink')),
      ),
      h(
        'div',
        { class: 'sca-share-field' },
        h('span', {}, tr('Share.Snippet')),
        snippet,
        h('button', { type: 'button', class: 'sca-button sca-share-copy-snippet', onclick: copy(snippet) }, tr('Share.CopySnippet')),
      ),
      status,
      h('div', { class: 'sca-share-field' }, h('span', {}, tr('Share.Preview')), preview),
    ),
  );
  dialog.classList.add('sca-share-dialog');
  dialog.addEventListener('close', () => window.clearTimeout(previewTimer));
  update();
  return dialog;
}
