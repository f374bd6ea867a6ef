import { describe, expect, it } from 'vitest';
import { createIdleTimer } from '../../../src/present/idleTimer';
import { createManualScheduler } from '../timeline/manualScheduler';

describe('createIdleTimer', () => {
  it('createIdleTimer reports idle after the quiet time and active on the next input', () => {
    const scheduler = createManualScheduler();
    const changes: boolean[] = [];
    const timer = createIdleTimer(scheduler, 1000, (idle) => changes.push(idle));
    scheduler.advanceWithoutFrames(999);
    expect(changes).toEqual([]);
    scheduler.advanceWithoutFrames(1);
    timer.activity();
    timer.activity();
    expect(changes).toEqual([true, false]);
    expect(timer.idle()).toBe(false);
  });

  it('activity() postpones going idle', () => {
    const scheduler = createManualScheduler();
    const timer = createIdleTimer(scheduler, 1000, () => undefined);
    scheduler.advanceWithoutFrames(800);
    timer.activity();
    scheduler.advanceWithoutFrames(800);
    expect(timer.idle()).toBe(false);
    scheduler.advanceWithoutFrames(200);
    expect(timer.idle()).toBe(true);
  });

  it('destroy() leaves no timer behind', () => {
    const scheduler = createManualScheduler();
    const timer = createIdleTimer(scheduler, 1000, () => undefined);
    timer.destroy();
    timer.activity();
    expect(scheduler.pending()).toBe(0);
  });
});
