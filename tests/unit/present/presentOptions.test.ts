import { describe, expect, it } from 'vitest';
import { readPresentOptions } from '../../../src/present/presentOptions';

const read = (query: string) => readPresentOptions(new URLSearchParams(query));

describe('readPresentOptions', () => {
  it('readPresentOptions(?tour=china&present=1) starts presenter mode with the China tour', () => {
    expect(read('?tour=china&present=1')).toEqual({ present: true, kiosk: false, tour: 'china', theme: 'projector' });
  });

  it('readPresentOptions(?kiosk=1&tour=city:无锡&theme=light) reads the kiosk, a city tour and the light theme', () => {
    expect(read('?kiosk=1&tour=city:%E6%97%A0%E9%94%A1&theme=light')).toEqual({ present: false, kiosk: true, tour: 'city:无锡', theme: 'light' });
  });

  it('readPresentOptions(?present=0&tour=) leaves presenter mode off and no tour', () => {
    expect(read('?present=0&tour=')).toMatchObject({ present: false, tour: null });
  });

  it('readPresentOptions reads kioskIdleMs only in test mode', () => {
    expect(read('?kiosk=1&kioskIdleMs=1500').kioskIdleMs).toBeUndefined();
    expect(read('?test&kiosk=1&kioskIdleMs=1500').kioskIdleMs).toBe(1500);
    expect(read('?test&kiosk=1&kioskIdleMs=soon').kioskIdleMs).toBeUndefined();
  });
});
