import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

  test('the counter is a live region that changes with the year window', async () => {
    const counter = app.page.locator('#sca-counter');
    expect(await counter.getAttribute('aria-live')).toBe('polite');
    const before = await counter.innerText();
    const { yearFrom } = await app.page.evaluate(() => window.__atlas!.state());
    await app.page.evaluate((year) => window.__atlas!.setYears(year + 10, year + 10, 'cumulative'), yearFrom);
    await app.page.waitForFunction((text) => document.querySelector('#sca-counter')?.textContent !== text, before);
    expect(await counter.innerText()).not.toBe(before);
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
