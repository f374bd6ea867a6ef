import { describe, expect, it } from 'vitest';
import { presenterAction, type PresenterKeyInput } from '../../../src/present/presenterKeys';

const press = (key: string, extra: Partial<PresenterKeyInput> = {}): PresenterKeyInput => ({ key, target: 'other', ...extra });

describe('presenterAction', () => {
  it('presenterAction maps Space, → and PageDown to next in presenter mode and tours', () => {
    for (const mode of ['presenting', 'tour'] as const) {
      expect([' ', 'ArrowRight', 'PageDown'].map((key) => presenterAction(press(key), mode))).toEqual(['next', 'next', 'next']);
    }
  });

  it('presenterAction maps ← and PageUp to previous, Home and End to first and last', () => {
    expect(['ArrowLeft', 'PageUp', 'Home', 'End'].map((key) => presenterAction(press(key), 'tour'))).toEqual(['previous', 'previous', 'first', 'last']);
  });

  it('presenterAction maps B, b and . to blackout, F to full screen, Esc to exit', () => {
    expect(['B', 'b', '.', 'f', 'F', 'Escape'].map((key) => presenterAction(press(key), 'presenting'))).toEqual([
      'blackout',
      'blackout',
      'blackout',
      'fullscreen',
      'fullscreen',
      'exit',
    ]);
  });

  it('presenterAction reads the physical key when an input method hides the letter', () => {
    expect(presenterAction(press('Process', { code: 'KeyB' }), 'tour')).toBe('blackout');
    expect(presenterAction(press('а', { code: 'KeyF' }), 'tour')).toBe('fullscreen');
  });

  it('presenterAction trusts a Latin key over its physical position', () => {
    expect(presenterAction(press('x', { code: 'KeyB' }), 'tour')).toBe('none');
  });

  it('presenterAction leaves every key to a text field', () => {
    for (const key of [' ', 'ArrowRight', 'PageDown', 'b', 'Escape', 'p']) {
      expect(presenterAction(press(key, { target: 'text' }), 'tour')).toBe('none');
    }
  });

  it('presenterAction leaves Ctrl, Alt and Meta chords to the browser', () => {
    expect(presenterAction(press('f', { ctrlKey: true }), 'presenting')).toBe('none');
    expect(presenterAction(press('ArrowRight', { altKey: true }), 'presenting')).toBe('none');
    expect(presenterAction(press('b', { metaKey: true }), 'presenting')).toBe('none');
  });

  it('presenterAction ignores a held toggle key but repeats next', () => {
    expect(presenterAction(press('b', { repeat: true }), 'tour')).toBe('none');
    expect(presenterAction(press('PageDown', { repeat: true }), 'tour')).toBe('next');
  });

  it('presenterAction takes only P in the ordinary app', () => {
    expect(presenterAction(press('P'), 'timeline')).toBe('present');
    expect([' ', 'PageDown', 'b', 'Escape'].map((key) => presenterAction(press(key), 'timeline'))).toEqual(['none', 'none', 'none', 'none']);
    expect(presenterAction(press('p'), 'presenting')).toBe('none');
  });

  it('presenterAction lets P enter presenter mode during a tour', () => {
    expect(presenterAction(press('p'), 'tour')).toBe('present');
  });

  it('presenterAction returns none for other keys', () => {
    expect(presenterAction(press('x'), 'tour')).toBe('none');
    expect(presenterAction(press('Tab'), 'presenting')).toBe('none');
  });
});
