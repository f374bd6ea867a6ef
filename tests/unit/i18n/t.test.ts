import { describe, expect, test } from 'vitest';
import { messages, type MessageKey } from '../../../src/i18n/messages';
import { t } from '../../../src/i18n/t';

describe('t', () => {
  test('t(key, params, lang) fills placeholders in the given language', () => {
    expect(t('Panel.Ties', { count: 3 }, 'en')).toBe('3 ties');
    expect(t('Panel.Ties', { count: 3 }, 'zh')).toBe('3 对友好关系');
  });

  test('t(key, params, lang) keeps a placeholder it has no value for', () => {
    expect(t('Panel.Ties', {}, 'en')).toBe('{count} ties');
  });

  test('t(key) throws on an unknown key', () => {
    expect(() => t('Nope.Missing' as MessageKey, {}, 'en')).toThrow(/invalid message key/);
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
