import { describe, expect, it } from 'vitest';
import { coverRect } from '../../../src/export/coverRect';
import { layoutOverlay, type OverlayContent } from '../../../src/export/overlayLayout';
import { pickVideoMimeType, recordingProgress } from '../../../src/export/videoMimeType';
import { wrapText } from '../../../src/export/wrapText';

/** Every character is 0.5 em wide: enough to test wrapping and layout without a canvas. */
const measure = (text: string, fontPx: number): number => [...text].length * fontPx * 0.5;

const CONTENT: OverlayContent = {
  title: 'Sister City Atlas',
  counter: 'By 2024: 1,022 ties with 91 countries',
  caption: '',
  legendTitle: 'Partner region',
  legend: [
    { label: 'East Asia', color: '#ff6b6b' },
    { label: 'Europe', color: '#4dabf7' },
  ],
  attribution: '© OpenStreetMap contributors; data: CPAFFC and others',
};

describe('coverRect', () => {
  it('coverRect crops the sides of a wider source', () => {
    expect(coverRect(2000, 1000, 1600, 1000)).toEqual({ sx: 200, sy: 0, sw: 1600, sh: 1000 });
  });

  it('coverRect crops top and bottom of a taller source, at any scale', () => {
    expect(coverRect(1000, 1000, 3840, 2160)).toEqual({ sx: 0, sy: 218.75, sw: 1000, sh: 562.5 });
  });

  it('coverRect returns an empty crop for an empty source', () => {
    expect(coverRect(0, 100, 1920, 1080)).toEqual({ sx: 0, sy: 0, sw: 0, sh: 0 });
  });
});

describe('wrapText', () => {
  it('wrapText breaks English at spaces within the width', () => {
    expect(wrapText('one two three four', 40, 10, measure)).toEqual(['one two', 'three', 'four']);
  });

  it('wrapText breaks Chinese between characters', () => {
    expect(wrapText('截至1990年：312对友好城市', 60, 10, measure)).toEqual(['截至1990年：312对', '友好城市']);
  });

  it('wrapText ends the last allowed line with an ellipsis', () => {
    expect(wrapText('one two three four', 40, 10, measure, 2)).toEqual(['one two', 'three…']);
  });

  it('wrapText gives no lines for blank text', () => {
    expect(wrapText('   ', 100, 10, measure)).toEqual([]);
  });
});

describe('layoutOverlay', () => {
  it('layoutOverlay at 3840×2160 is the 1920×1080 layout at twice the size', () => {
    const hd = layoutOverlay(CONTENT, 1920, 1080, measure);
    const uhd = layoutOverlay(CONTENT, 3840, 2160, measure);
    expect(uhd.unit).toBe(2);
    expect(uhd.texts.map((t) => t.fontPx)).toEqual(hd.texts.map((t) => t.fontPx * 2));
    expect(uhd.legend?.height).toBeCloseTo((hd.legend?.height ?? 0) * 2, -1);
  });

  it('layoutOverlay makes the counter at least 4 % of the image height', () => {
    for (const [w, h] of [
      [1920, 1080],
      [3840, 2160],
      [1366, 768],
    ] as const) {
      const counter = layoutOverlay(CONTENT, w, h, measure).texts.find((t) => t.lines.join(' ') === CONTENT.counter);
      expect(counter?.fontPx ?? 0).toBeGreaterThanOrEqual(0.04 * h);
    }
  });

  it('layoutOverlay keeps legend labels at least 28 px at 3840×2160', () => {
    const layout = layoutOverlay(CONTENT, 3840, 2160, measure);
    for (const row of layout.legend?.rows ?? []) expect(row.text.fontPx).toBeGreaterThanOrEqual(28);
    expect(layout.legend?.rows.map((r) => r.color)).toEqual(['#ff6b6b', '#4dabf7']);
  });

  it('layoutOverlay keeps every block inside the image', () => {
    for (const [w, h] of [
      [1920, 1080],
      [800, 600],
      [3840, 2160],
    ] as const) {
      const layout = layoutOverlay({ ...CONTENT, caption: 'A long caption '.repeat(30) }, w, h, measure);
      for (const block of [...layout.texts, ...(layout.legend?.rows.map((r) => r.text) ?? [])]) {
        const widest = Math.max(...block.lines.map((line) => measure(line, block.fontPx)));
        const left = block.align === 'left' ? block.x : block.x - widest;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + widest).toBeLessThanOrEqual(w);
        expect(block.y + block.lines.length * block.lineHeight).toBeLessThanOrEqual(h);
      }
    }
  });

  it('layoutOverlay puts the legend bottom left, above the bottom margin', () => {
    const layout = layoutOverlay(CONTENT, 1920, 1080, measure);
    expect(layout.legend?.x).toBe(32);
    expect((layout.legend?.y ?? 0) + (layout.legend?.height ?? 0)).toBe(1080 - 32);
  });

  it('layoutOverlay leaves out an empty caption and an empty legend', () => {
    const layout = layoutOverlay({ ...CONTENT, legend: [] }, 1920, 1080, measure);
    expect(layout.legend).toBeNull();
    expect(layout.texts).toHaveLength(3);
  });
});

describe('pickVideoMimeType', () => {
  it('pickVideoMimeType takes the best supported WebM type', () => {
    expect(pickVideoMimeType((type) => type !== 'video/webm;codecs=vp9')).toBe('video/webm;codecs=vp8');
  });

  it('pickVideoMimeType returns null when nothing is supported, even if the check throws', () => {
    expect(
      pickVideoMimeType(() => {
        throw new Error('unknown codec');
      }),
    ).toBeNull();
  });
});

describe('recordingProgress', () => {
  it('recordingProgress clamps to 0..1', () => {
    expect([recordingProgress(-5, 3000), recordingProgress(1500, 3000), recordingProgress(4000, 3000), recordingProgress(10, 0)]).toEqual([0, 0.5, 1, 1]);
  });
});
