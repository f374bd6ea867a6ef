import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/messages';
import { present } from '../../../src/i18n/messages/present';

const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('present messages', () => {
  it('present has English and Chinese for every key, and Chinese uses no placeholder English lacks', () => {
    for (const [key, message] of Object.entries(present)) {
      expect(message.en, key).not.toBe('');
      expect(message.zh, key).not.toBe('');
      expect(
        names(message.zh).filter((name) => !names(message.en).includes(name)),
        key,
      ).toEqual([]);
    }
  });

  it('present uses no key another message file already has', () => {
    const others = Object.keys(messages).filter((key) => !(key in present) || messages[key as keyof typeof messages] !== present[key as keyof typeof present]);
    expect(Object.keys(present).filter((key) => others.includes(key))).toEqual([]);
  });
});
