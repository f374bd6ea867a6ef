import { describe, expect, test } from 'vitest';
import { messages, type MessageKey } from '../../../src/i18n/messages';
import { setLang, t } from '../../../src/i18n/t';

describe('t', () => {
  test('t(key, params) fills placeholders in the current language', () => {
    setLang('en');
    expect(t('Panel.Ties', { count: 3 })).toBe('3 ties');
    setLang('zh');
    expect(t('Panel.Ties', { count: 3 })).toBe('3 对友好关系');
    setLang('en');
  });

  test('t(key) throws on an unknown key', () => {
    expect(() => t('Nope.Missing' as MessageKey)).toThrow(/invalid message key/);
  });

  test('every message has non-empty English and Chinese text, and Chinese uses no placeholder English lacks', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect(message.en, key).not.toBe('');
      expect(message.zh, key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const en = names(message.en);
      expect(names(message.zh).filter((name) => !en.includes(name)), key).toEqual([]);
    }
  });
});
