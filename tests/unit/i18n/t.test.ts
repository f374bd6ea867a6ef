import { describe, expect, test } from 'vitest';
import { messages, type Message, type MessageKey } from '../../../src/i18n/messages';
import { chartMessages, filterMessages, tableMessages } from '../../../src/i18n/messages/exploreViews';
import { importMessages } from '../../../src/i18n/messages/import';
import { tourMessages } from '../../../src/i18n/messages/tour';
import { addMessages, t } from '../../../src/i18n/t';

/** The strings that load with a part of the app on first use. */
const LATER_PARTS = [importMessages, filterMessages, tableMessages, chartMessages, tourMessages];

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

  test("t(key) knows the import dialog's strings once addMessages has added them", () => {
    expect(() => t('Import.Title', {}, 'en')).toThrow(/invalid message key/);
    addMessages(importMessages);
    expect(t('Import.Title', {}, 'zh')).toBe('导入数据');
  });

  test('the strings that load on first use use no key of the strings loaded at start, nor of each other', () => {
    const later = LATER_PARTS.flatMap((part) => Object.keys(part));
    expect(later.filter((key) => key in messages)).toEqual([]);
    expect(new Set(later).size).toBe(later.length);
  });

  test('t(key, {count}, lang) picks the plural form of the count', () => {
    expect(t('Panel.Ties', { count: 1 }, 'en')).toBe('1 tie');
    expect(t('Panel.Ties', { count: 2 }, 'en')).toBe('2 ties');
    expect(t('Panel.Ties', { count: 1 }, 'zh')).toBe('1 对友好关系');
  });

  test('t(key, params, lang) groups counts in the language but leaves years alone', () => {
    expect(t('Panel.Ties', { count: 2195 }, 'en')).toBe('2,195 ties');
    expect(t('Timeline.HoverYear', { year: 1979, count: 1433 }, 'en')).toBe('1979: 1,433');
    expect(t('Timeline.HoverYear', { year: 1979, count: 1433 }, 'zh')).toBe('1979年：1,433');
  });

  test('every message has non-empty English and Chinese text, and Chinese uses no placeholder English lacks', () => {
    const forms = (text: Message['en']): string[] => (typeof text === 'string' ? [text] : Object.values(text));
    for (const [key, message] of Object.entries<Message>(Object.assign({}, messages, ...LATER_PARTS))) {
      const en = forms(message.en);
      const zh = forms(message.zh);
      expect(
        en.every((text) => text !== ''),
        key,
      ).toBe(true);
      expect(
        zh.every((text) => text !== ''),
        key,
      ).toBe(true);
      const names = (texts: string[]) => [...new Set(texts.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))];
      const enNames = names(en);
      expect(
        names(zh).filter((name) => !enNames.includes(name)),
        key,
      ).toEqual([]);
      if (typeof message.en !== 'string') expect(message.en.other, key).toBeDefined();
    }
  });
});
