import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShippedDataset } from './dataset';
import { ROOT, startApp, type AppSession } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and returns the serious and critical violations. */
async function seriousViolations(app: AppSession): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the page's content security policy does not apply to axe itself.
  await app.page.evaluate(AXE);
  const violations = await app.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe.each(['en', 'zh'] as const)('accessibility (%s)', (lang) => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp();
    await app.open(`?test&lang=${lang}`);
  });

  afterAll(async () => {
    await app?.close();
  });

  test('the main view has no serious or critical axe violation', async () => {
    expect(await seriousViolations(app)).toEqual([]);
  });

  test('a city panel has no serious or critical axe violation', async () => {
    await app.page.evaluate(() => window.__atlas!.select('Nanjing'));
    expect(await seriousViolations(app)).toEqual([]);
    await app.page.keyboard.press('Escape');
  });

  test('the import dialog has no serious or critical axe violation', async () => {
    await app.page.click('#sca-import-button');
    await app.page.locator('#sca-import-file').waitFor({ state: 'attached' });
    expect(await seriousViolations(app)).toEqual([]);
    await app.page.keyboard.press('Escape');
  });

  test('the view summary is a polite live region that names the selected city, its ties shown and their years', async () => {
    const live = app.page.locator('#sca-announce');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await app.page.evaluate(() => window.__atlas!.select('Wuxi'));
    const { yearTo, includeUnknown } = await app.page.evaluate(() => window.__atlas!.state());
    const ties = readShippedDataset().pairings.filter(
      (p) => p.cn.nameEn === 'Wuxi' && p.cn.level === 'prefecture' && (p.year === null ? includeUnknown : p.year <= yearTo),
    );
    const years = ties.flatMap((p) => (p.year === null ? [] : [p.year]));
    const name = lang === 'zh' ? ties[0]!.cn.nameZh : ties[0]!.cn.nameEn;
    const count = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(ties.length);
    const span = `${Math.min(...years)}–${Math.max(...years)}`;
    await app.page.waitForFunction((text) => document.querySelector('#sca-announce')?.textContent?.includes(text), name);
    const text = await live.textContent();
    expect(text).toContain(`${name}${lang === 'zh' ? '：' : ': '}${count} `);
    expect(text).toContain(span);
    // The timeline chart's text alternative follows the city too: its dated ties, whatever the window.
    const chart = app.page.locator('#sca-timeline .sca-tl-chart');
    expect((await chart.getAttribute('aria-describedby'))?.split(' ')).toContain('sca-timeline-summary');
    const dated = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(
      readShippedDataset().pairings.filter((p) => p.cn.nameEn === 'Wuxi' && p.cn.level === 'prefecture' && p.year !== null).length,
    );
    expect(await app.page.locator('#sca-timeline-summary').textContent()).toContain(lang === 'zh' ? `有年份的共 ${dated} 对` : `${dated} dated ties`);
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction((text) => !document.querySelector('#sca-announce')?.textContent?.includes(text), name);
  });

  test('the view summary follows the year window once it settles, and a play is announced once, where it stops', async () => {
    const live = app.page.locator('#sca-announce');
    const before = await live.textContent();
    const { yearTo } = await app.page.evaluate(() => window.__atlas!.state());
    await app.page.evaluate((year) => window.__atlas!.setYears(year - 6, year - 6, 'cumulative'), yearTo);
    await app.page.waitForFunction((text) => document.querySelector('#sca-announce')?.textContent !== text, before);
    const settled = await live.textContent();
    const changes = await app.page.evaluate(async (text) => {
      const region = document.querySelector('#sca-announce')!;
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      let count = 0;
      const observer = new MutationObserver((records) => {
        count += records.length;
      });
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      await window.__atlas!.play();
      while (region.textContent === text) await pause(100);
      // Long enough for a second announcement to show if there were one.
      await pause(2000);
      observer.disconnect();
      return count;
    }, settled);
    expect(changes).toBe(1);
  });

  test.each([
    ['the embed view', '?embed=1'],
    ['presenter mode', '?present=1'],
  ])('%s has no serious or critical axe violation', async (_name, query) => {
    await app.open(`${query}&test&lang=${lang}`);
    expect(await seriousViolations(app)).toEqual([]);
  });

  test('the embed view of a home city has no serious or critical axe violation, and its summary names the city', async () => {
    await app.open(`?embed=1&home=无锡&test&lang=${lang}`);
    expect(await seriousViolations(app)).toEqual([]);
    await app.page.waitForFunction((name) => document.querySelector('#sca-announce')?.textContent?.startsWith(name), lang === 'zh' ? '无锡' : 'Wuxi');
  });

  test('a tour step in presenter mode has no serious or critical axe violation', async () => {
    await app.open(`?tour=china&present=1&test&lang=${lang}`);
    await app.page.waitForFunction(() => window.__atlas!.state().tour !== null);
    await app.page.keyboard.press('PageDown');
    await app.page.waitForFunction(() => window.__atlas!.state().tour?.step === 1);
    await app.page.evaluate(() => window.__atlas!.idle());
    expect(await seriousViolations(app)).toEqual([]);
  });

  test('logged no errors', () => {
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});

describe('keyboard', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await startApp();
    await app.open('?test&lang=en');
  });

  afterAll(async () => {
    await app?.close();
  });

  test('Tab reaches every visible control of the header, map and timeline, each with a visible focus ring', async () => {
    const page = app.page;
    const controls = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
      return all
        .filter(
          (el) =>
            !el.closest('dialog:not([open]), [hidden], details:not([open]) > :not(summary)') &&
            el.getClientRects().length > 0 &&
            !(el as HTMLButtonElement).disabled &&
            el.tabIndex >= 0,
        )
        .map((el, i) => {
          el.dataset.kbd = String(i);
          return String(i);
        });
    });
    const reached = new Map<string, boolean>();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < controls.length + 20; i++) {
      await page.keyboard.press('Tab');
      const step = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const focused = getComputedStyle(el);
        const ring = focused.outlineStyle !== 'none' && focused.outlineWidth !== '0px';
        const shadow = focused.boxShadow !== 'none';
        const focusVisible = el.matches(':focus-visible');
        // Compare with the same element unfocused: a focus style must change something visible.
        const styles = (s: CSSStyleDeclaration) =>
          [s.outlineStyle, s.outlineColor, s.outlineWidth, s.boxShadow, s.borderColor, s.backgroundColor, s.color].join('|');
        const withFocus = styles(focused);
        el.blur();
        const without = styles(getComputedStyle(el));
        el.focus({ focusVisible: true } as FocusOptions);
        return { id: el.dataset.kbd ?? null, label: el.id || el.className || el.tagName, visible: focusVisible && (ring || shadow || withFocus !== without) };
      });
      if (!step || step.id === null) continue;
      if (reached.has(step.id)) break;
      reached.set(step.id, step.visible);
      expect(step.visible, `focus ring on ${step.label}`).toBe(true);
    }
    expect([...reached.keys()].sort()).toEqual([...controls].sort());
  });
});
