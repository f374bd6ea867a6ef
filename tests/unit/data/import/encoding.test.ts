import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, garbageShare } from '../../../../src/data/import/encoding';
import { encodeGb18030 } from '../../../fixtures/gb18030';

const TEXT = '中方城市,外方城市,国家,结好时间\n南京市,圣路易斯,美国,1979年11月2日\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('detectEncoding', () => {
  it('detectEncoding() reads UTF-8 without a BOM', () => {
    expect(detectEncoding(new TextEncoder().encode(TEXT))).toBe('utf-8');
  });

  it('detectEncoding() reads UTF-8 with a BOM and decodeBytes() drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(decodeBytes(bytes, 'utf-8')).toBe(TEXT);
  });

  it('detectEncoding() recognises a GB18030 (GBK) buffer and decodeBytes() restores the text', () => {
    const bytes = encodeGb18030(TEXT);
    expect(detectEncoding(bytes)).toBe('gb18030');
    expect(decodeBytes(bytes, 'gb18030')).toBe(TEXT);
  });

  it('detectEncoding() reads UTF-16 by its BOM in both byte orders', () => {
    expect(detectEncoding(utf16(TEXT, true, true))).toBe('utf-16le');
    expect(detectEncoding(utf16(TEXT, false, true))).toBe('utf-16be');
    expect(decodeBytes(utf16(TEXT, true, true), 'utf-16le')).toBe(TEXT);
  });

  it('detectEncoding() reads Latin-script UTF-16 without a BOM by its zero bytes', () => {
    const text = 'city,partner,year\nNanjing,St. Louis,1979\n';
    expect(detectEncoding(utf16(text, true, false))).toBe('utf-16le');
    expect(detectEncoding(utf16(text, false, false))).toBe('utf-16be');
  });

  it('detectEncoding() treats plain ASCII as UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('city,partner\nA,B\n'))).toBe('utf-8');
  });
});

describe('garbageShare', () => {
  it('garbageShare() is 0 for text and high for random bytes', () => {
    expect(garbageShare(TEXT)).toBe(0);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(garbageShare(decodeBytes(random, detectEncoding(random)))).toBeGreaterThan(0.05);
  });
});
