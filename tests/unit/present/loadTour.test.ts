import { describe, expect, it } from 'vitest';
import { type FetchText, loadTour } from '../../../src/present/loadTour';

const TOUR = JSON.stringify({ id: 'talk', title: 'Talk', steps: [{ years: { from: 1980, to: 1990 }, caption: 'Hello' }] });

const serve =
  (files: Record<string, string>, seen: string[] = []): FetchText =>
  async (url) => {
    seen.push(url);
    const body = files[url];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
  };

describe('loadTour', () => {
  it('loadTour resolves the URL against the page and parses the file', async () => {
    const seen: string[] = [];
    const result = await loadTour('tours/talk.json', 'http://127.0.0.1:4173/index.html?tour=x', serve({ 'http://127.0.0.1:4173/tours/talk.json': TOUR }, seen));
    expect(seen).toEqual(['http://127.0.0.1:4173/tours/talk.json']);
    expect(result.ok && result.tour.id).toBe('talk');
  });

  it('loadTour reports an HTTP error as a problem', async () => {
    const result = await loadTour('missing.json', 'http://127.0.0.1:4173/', serve({}));
    expect(result).toEqual({ ok: false, problems: [{ step: null, field: '', reason: 'HTTP 404 for http://127.0.0.1:4173/missing.json' }] });
  });

  it('loadTour reports a failed fetch instead of throwing', async () => {
    const result = await loadTour('a.json', 'file:///stick/atlas.html', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.reason).toBe('could not load file:///stick/a.json: Failed to fetch');
  });
});

describe('formatTourProblems', () => {
  it('formatTourProblems numbers steps from 1 and cuts long lists', async () => {
    const { formatTourProblems } = await import('../../../src/present/tourProblems');
    const problems = [
      { step: 1, field: 'years', reason: 'bad' },
      { step: null, field: 'id', reason: 'missing' },
      { step: 3, field: 'mode', reason: 'odd' },
      { step: 4, field: 'mode', reason: 'odd' },
    ];
    expect(formatTourProblems(problems, 'en')).toBe('The tour could not be read: step 2, years: bad; id: missing; step 4, mode: odd; …');
    expect(formatTourProblems(problems.slice(0, 1), 'zh')).toBe('无法读取导览：第 2 步，years：bad');
  });
});
