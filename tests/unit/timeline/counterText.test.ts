import { describe, expect, it } from 'vitest';
import { formatCounter } from '../../../src/timeline/counterText';

const cumulative = { mode: 'cumulative' as const, yearFrom: 1973, yearTo: 1990, includeUnknown: false };
const range = { mode: 'range' as const, yearFrom: 1979, yearTo: 1985, includeUnknown: true };

describe('formatCounter', () => {
  it('formatCounter(cumulative, count, "en") says how many ties and countries by the year', () => {
    const text = formatCounter(cumulative, { ties: 312, countries: 58, unknownTotal: 0 }, 'en');
    expect(text.text).toBe('By 1990: 312 ties with 58 countries');
    expect(text.note).toBeNull();
  });

  it('formatCounter(cumulative, count, "zh") uses the Chinese sentence', () => {
    const text = formatCounter(cumulative, { ties: 312, countries: 58, unknownTotal: 0 }, 'zh');
    expect(text.text).toBe('截至1990年：312 对友好城市，58 个国家');
  });

  it('formatCounter(range, count, lang) names the range in both languages', () => {
    const count = { ties: 40, countries: 12, unknownTotal: 0 };
    expect(formatCounter(range, count, 'en').text).toBe('1979–1985: 40 ties with 12 countries');
    expect(formatCounter(range, count, 'zh').text).toBe('1979–1985年：40 对友好城市，12 个国家');
  });

  it('formatCounter(single-year range, count, lang) names the one year', () => {
    const one = { ...range, yearFrom: 1979, yearTo: 1979 };
    const count = { ties: 3, countries: 2, unknownTotal: 0 };
    expect(formatCounter(one, count, 'en').text).toBe('1979: 3 ties with 2 countries');
    expect(formatCounter(one, count, 'zh').text).toBe('1979年：3 对友好城市，2 个国家');
  });

  it('formatCounter(state, count, "en") uses the singular for one tie and one country', () => {
    const text = formatCounter(cumulative, { ties: 1, countries: 1, unknownTotal: 0 }, 'en');
    expect(text.text).toBe('By 1990: 1 tie with 1 country');
    expect(formatCounter(cumulative, { ties: 0, countries: 0, unknownTotal: 0 }, 'en').text).toBe('By 1990: 0 ties with 0 countries');
  });

  it('formatCounter(state, count, lang) groups thousands', () => {
    expect(formatCounter(cumulative, { ties: 3054, countries: 147, unknownTotal: 0 }, 'en').text).toBe('By 1990: 3,054 ties with 147 countries');
  });

  it('formatCounter(state, count, lang) marks numbers and years as strong parts', () => {
    const strong = formatCounter(cumulative, { ties: 312, countries: 58, unknownTotal: 0 }, 'en')
      .parts.filter((part) => part.strong)
      .map((part) => part.text);
    expect(strong).toEqual(['1990', '312', '58']);
  });

  it('formatCounter(range, count, lang) says undated ties are not shown in range mode, whatever includeUnknown says', () => {
    expect(formatCounter(range, { ties: 40, countries: 12, unknownTotal: 7, undated: 0 }, 'en').note).toBe('7 ties with unknown year not shown');
    expect(formatCounter(range, { ties: 40, countries: 12, unknownTotal: 1, undated: 0 }, 'en').note).toBe('1 tie with unknown year not shown');
    expect(formatCounter(range, { ties: 40, countries: 12, unknownTotal: 7, undated: 0 }, 'zh').note).toBe('另有 7 对年份不详，未显示');
  });

  it('formatCounter(cumulative without undated, count, lang) notes the undated ties left out', () => {
    expect(formatCounter(cumulative, { ties: 40, countries: 12, unknownTotal: 7 }, 'en').note).toBe('7 ties with unknown year not shown');
    expect(formatCounter(cumulative, { ties: 40, countries: 12, unknownTotal: 7 }, 'zh').note).toBe('另有 7 对年份不详，未显示');
  });

  it('formatCounter(cumulative with undated, count, lang) counts dated and undated ties apart', () => {
    const shown = { ...cumulative, yearTo: 1995, includeUnknown: true };
    const count = { ties: 1545, countries: 90, unknownTotal: 1173, undated: 1173 };
    expect(formatCounter(shown, count, 'en').text).toBe('By 1995: 372 dated ties · 1,173 undated shown in grey');
    expect(formatCounter(shown, count, 'en').note).toBe('partners in 90 countries');
    expect(formatCounter(shown, count, 'zh').text).toBe('截至1995年：372 对有年份 · 1,173 对年份不详（灰色）');
  });

  it('formatCounter(state, count, lang, { city, lastYear }) names the city, without a year for its whole story', () => {
    const whole = { ...cumulative, yearTo: 2026 };
    const count = { ties: 24, countries: 14, unknownTotal: 0, undated: 0 };
    expect(formatCounter(whole, count, 'en', { city: 'Wuxi', lastYear: 2026 }).text).toBe('Wuxi: 24 ties with 14 countries');
    expect(formatCounter(whole, count, 'zh', { city: '无锡', lastYear: 2026 }).text).toBe('无锡：24 对友好城市，14 个国家');
    expect(formatCounter(cumulative, count, 'en', { city: 'Wuxi', lastYear: 2026 }).text).toBe('Wuxi by 1990: 24 ties with 14 countries');
    expect(formatCounter(range, count, 'en', { city: 'Wuxi', lastYear: 2026 }).text).toBe('Wuxi, 1979–1985: 24 ties with 14 countries');
  });
});
