import { describe, expect, it } from 'vitest';
import { createKiosk, KIOSK_IDLE_MS, type Kiosk } from '../../../src/present/kiosk';
import { createManualScheduler, type ManualScheduler } from '../timeline/manualScheduler';

const STEP_MS = [1000, 2000, 3000];

function setup(idleMs?: number): { kiosk: Kiosk; scheduler: ManualScheduler; shown: number[] } {
  const scheduler = createManualScheduler();
  const shown: number[] = [];
  const kiosk = createKiosk({
    steps: STEP_MS.length,
    durationMs: (i) => STEP_MS[i] ?? 0,
    show: (i) => shown.push(i),
    scheduler,
    ...(idleMs === undefined ? {} : { idleMs }),
  });
  return { kiosk, scheduler, shown };
}

describe('createKiosk', () => {
  it('start() shows step 0 and each step for its duration, looping', () => {
    const { kiosk, scheduler, shown } = setup();
    kiosk.start();
    scheduler.advanceWithoutFrames(999);
    expect(shown).toEqual([0]);
    scheduler.advanceWithoutFrames(1 + 2000 + 3000 + 1000);
    expect(shown).toEqual([0, 1, 2, 0, 1]);
    expect(kiosk.state()).toEqual({ phase: 'playing', step: 1, steps: 3, restarts: 0 });
  });

  it('input() pauses: no step advances while someone is using the atlas', () => {
    const { kiosk, scheduler, shown } = setup();
    kiosk.start();
    scheduler.advanceWithoutFrames(1500);
    kiosk.input();
    scheduler.advanceWithoutFrames(KIOSK_IDLE_MS - 1);
    expect(shown).toEqual([0, 1]);
    expect(kiosk.state().phase).toBe('paused');
  });

  it('the kiosk returns to step 0 and plays after a minute without input', () => {
    const { kiosk, scheduler, shown } = setup();
    kiosk.start();
    scheduler.advanceWithoutFrames(1500);
    kiosk.input();
    scheduler.advanceWithoutFrames(KIOSK_IDLE_MS);
    expect(shown).toEqual([0, 1, 0]);
    expect(kiosk.state()).toEqual({ phase: 'playing', step: 0, steps: 3, restarts: 1 });
  });

  it('input() restarts the idle countdown', () => {
    const { kiosk, scheduler, shown } = setup(500);
    kiosk.start();
    kiosk.input();
    scheduler.advanceWithoutFrames(400);
    kiosk.input();
    scheduler.advanceWithoutFrames(400);
    expect(shown).toEqual([0]);
    scheduler.advanceWithoutFrames(100);
    expect(shown).toEqual([0, 0]);
  });

  it('userStep(index) records the step the user moved to and pauses', () => {
    const { kiosk, scheduler } = setup(500);
    kiosk.start();
    kiosk.userStep(2);
    expect(kiosk.state()).toMatchObject({ phase: 'paused', step: 2 });
    scheduler.advanceWithoutFrames(500);
    expect(kiosk.state()).toMatchObject({ phase: 'playing', step: 0 });
  });

  it('the kiosk keeps one timer at a time, however long it runs', () => {
    const { kiosk, scheduler } = setup(500);
    kiosk.start();
    for (let i = 0; i < 200; i++) {
      scheduler.advanceWithoutFrames(700);
      if (i % 3 === 0) kiosk.input();
      expect(scheduler.pending()).toBe(1);
    }
  });

  it('destroy() stops every timer and ignores later input', () => {
    const { kiosk, scheduler, shown } = setup(500);
    kiosk.start();
    kiosk.destroy();
    kiosk.input();
    scheduler.advanceWithoutFrames(10_000);
    expect(shown).toEqual([0]);
    expect(scheduler.pending()).toBe(0);
    expect(kiosk.state().phase).toBe('stopped');
  });

  it('subscribe(listener) hears each step and the pause', () => {
    const { kiosk, scheduler } = setup();
    const phases: string[] = [];
    kiosk.subscribe((state) => phases.push(`${state.phase}:${state.step}`));
    kiosk.start();
    scheduler.advanceWithoutFrames(1000);
    kiosk.input();
    kiosk.input();
    expect(phases).toEqual(['playing:0', 'playing:1', 'paused:1']);
  });
});
