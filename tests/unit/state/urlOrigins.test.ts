import { describe, expect, test } from 'vitest';
import { parseOrigin, readOrigins } from '../../../src/state/urlOrigins';

describe('parseOrigin', () => {
  test('parseOrigin(text) accepts http(s) origins only', () => {
    expect(parseOrigin('https://a.example:8443')).toBe('https://a.example:8443');
    expect(parseOrigin('https://a.example:443')).toBe('https://a.example');
    expect(parseOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(parseOrigin('null')).toBeNull();
    expect(parseOrigin('file:///x')).toBeNull();
    expect(parseOrigin('https://*.example')).toBeNull();
    expect(parseOrigin('https://user@a.example')).toBeNull();
    expect(parseOrigin('http://[::1]:8080')).toBe('http://[::1]:8080');
  });
});

describe('readOrigins', () => {
  test('readOrigins(items, warn) keeps valid origins once each and reports the others', () => {
    const warnings: string[] = [];
    expect(readOrigins(['https://a.example', 'ftp://b.example', 'https://A.example/'], (m) => warnings.push(m))).toEqual(['https://a.example']);
    expect(warnings).toEqual(['invalid origins: ftp://b.example']);
  });
});
