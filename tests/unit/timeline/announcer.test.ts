import { describe, expect, it } from 'vitest';
import { createAnnouncer, SETTLE_MS } from '../../../src/timeline/announcer';
import { createManualScheduler } from './manualScheduler';

function setup() {
  const scheduler = createManualScheduler();
  const writes: string[] = [];
  let text = '';
  const el = {
    get textContent(): string {
      return text;
    },
    set textContent(value: string) {
      text = value;
      writes.push(value);
    },
  };
  return { scheduler, writes, announcer: createAnnouncer(el, scheduler) };
}

describe('createAnnouncer', () => {
  it('update(text, false) announces once the view has stayed unchanged for SETTLE_MS', () => {
    const { scheduler, writes, announcer } = setup();
    announcer.update(() => 'Wuxi: 24 ties, 1981–2024', false);
    scheduler.advance(SETTLE_MS - 1);
    expect(writes).toEqual([]);
    scheduler.advance(1);
    expect(writes).toEqual(['Wuxi: 24 ties, 1981–2024']);
  });

  it('update(text, false) in quick succession announces only the last view', () => {
    const { scheduler, writes, announcer } = setup();
    for (let year = 1980; year <= 2020; year++) {
      announcer.update(() => `By ${year}`, false);
      scheduler.advance(25);
    }
    scheduler.advance(SETTLE_MS);
    expect(writes).toEqual(['By 2020']);
  });

  it('update(text, true) announces nothing while a play runs, then the view it stops at', () => {
    const { scheduler, writes, announcer } = setup();
    for (let year = 1980; year <= 2020; year++) {
      announcer.update(() => `By ${year}`, true);
      scheduler.advance(SETTLE_MS * 2);
    }
    expect(writes).toEqual([]);
    announcer.update(() => 'By 2020', false);
    scheduler.advance(SETTLE_MS);
    expect(writes).toEqual(['By 2020']);
  });

  it('update(text, false) does not repeat the text already announced', () => {
    const { scheduler, writes, announcer } = setup();
    announcer.update(() => 'Wuxi: 24 ties', false);
    scheduler.advance(SETTLE_MS);
    announcer.update(() => 'Wuxi: 24 ties', false);
    scheduler.advance(SETTLE_MS);
    expect(writes).toEqual(['Wuxi: 24 ties']);
  });

  it('destroy() drops a pending announcement', () => {
    const { scheduler, writes, announcer } = setup();
    announcer.update(() => 'Wuxi: 24 ties', false);
    announcer.destroy();
    scheduler.advance(SETTLE_MS * 2);
    expect(writes).toEqual([]);
    expect(scheduler.pending()).toBe(0);
  });
});
