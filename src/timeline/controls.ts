import { t } from '../i18n/t';
import type { AtlasState, YearMode } from '../state/state';
import { h } from '../ui/dom';
import { icon, type IconName } from './icons';
import { clampSpeed, SPEEDS } from './player';

/** What the controls ask for; the timeline turns each into a store write or a player call. */
export interface ControlActions {
  togglePlay(): void;
  stepBack(): void;
  stepForward(): void;
  setSpeed(speed: number): void;
  toggleLoop(): void;
  setMode(mode: YearMode): void;
  setIncludeUnknown(include: boolean): void;
  reset(): void;
}

/** The row of play and filter controls. */
export interface Controls {
  element: HTMLElement;
  /** Shows the state: pressed buttons, the play/pause icon, and every label in the state's language. */
  update(state: AtlasState): void;
}

function iconButton(name: IconName, className: string, onclick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', class: `sca-tl-button ${className}`, onclick }, icon(name));
}

function label(el: HTMLElement, text: string): void {
  el.setAttribute('aria-label', text);
  el.title = text;
}

/** Builds the controls: step back, play/pause, step forward, speed, loop, mode, unknown years, reset. */
export function createControls(actions: ControlActions): Controls {
  const back = iconButton('stepBack', 'sca-tl-step-back', actions.stepBack);
  const play = iconButton('play', 'sca-tl-play', actions.togglePlay);
  const forward = iconButton('stepForward', 'sca-tl-step-forward', actions.stepForward);
  const speed = h(
    'select',
    { class: 'sca-tl-speed', onchange: () => actions.setSpeed(Number(speed.value)) },
    SPEEDS.map((value) => h('option', { value }, `${value}×`)),
  );
  const loop = iconButton('loop', 'sca-tl-loop', actions.toggleLoop);
  const cumulative = h('button', { type: 'button', class: 'sca-tl-seg sca-tl-mode-cumulative', onclick: () => actions.setMode('cumulative') });
  const range = h('button', { type: 'button', class: 'sca-tl-seg sca-tl-mode-range', onclick: () => actions.setMode('range') });
  const mode = h('div', { class: 'sca-tl-segmented', role: 'group' }, cumulative, range);
  const unknown = h('input', { type: 'checkbox', class: 'sca-tl-unknown-input', onchange: () => actions.setIncludeUnknown(unknown.checked) });
  const unknownText = h('span');
  const unknownLabel = h('label', { class: 'sca-tl-check' }, unknown, unknownText);
  const resetText = h('span');
  const reset = h('button', { type: 'button', class: 'sca-tl-button sca-tl-reset', onclick: actions.reset }, icon('reset'), resetText);
  const element = h(
    'div',
    { class: 'sca-tl-controls', role: 'group' },
    h('div', { class: 'sca-tl-transport' }, back, play, forward, speed, loop),
    mode,
    unknownLabel,
    reset,
  );

  return {
    element,
    update(state) {
      const lang = state.lang;
      label(element, t('Timeline.Region', {}, lang));
      label(back, t('Timeline.StepBack', {}, lang));
      label(forward, t('Timeline.StepForward', {}, lang));
      label(play, t(state.playing ? 'Timeline.Pause' : 'Timeline.Play', {}, lang));
      play.replaceChildren(icon(state.playing ? 'pause' : 'play'));
      play.classList.toggle('sca-tl-playing', state.playing);
      label(speed, t('Timeline.Speed', {}, lang));
      speed.value = String(clampSpeed(state.speed));
      label(loop, t('Timeline.Loop', {}, lang));
      loop.setAttribute('aria-pressed', String(state.loop));
      label(mode, t('Timeline.Mode', {}, lang));
      cumulative.textContent = t('Timeline.ModeCumulative', {}, lang);
      range.textContent = t('Timeline.ModeRange', {}, lang);
      cumulative.setAttribute('aria-pressed', String(state.mode === 'cumulative'));
      range.setAttribute('aria-pressed', String(state.mode === 'range'));
      unknownText.textContent = t('Timeline.IncludeUnknown', {}, lang);
      unknown.checked = state.includeUnknown;
      resetText.textContent = t('Timeline.Reset', {}, lang);
      label(reset, t('Timeline.ResetLabel', {}, lang));
    },
  };
}
