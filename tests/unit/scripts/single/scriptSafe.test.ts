import { describe, expect, it } from 'vitest';
import { jsonScriptSafe, scriptSafe } from '../../../../scripts/single/scriptSafe';

describe('scriptSafe', () => {
  it('scriptSafe(code) leaves no </script or <!-- and keeps the string values the same', () => {
    const code = 'const a = "</script>"; const b = "<!-- x";';
    const safe = scriptSafe(code);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    const values = new Function(`${safe}; return [a, b];`)() as string[];
    expect(values).toEqual(['</script>', '<!-- x']);
  });
});

describe('jsonScriptSafe', () => {
  it('jsonScriptSafe(value) has no < at all and parses back to the same value', () => {
    const value = { 'a.json': { text: '</script><b>无锡</b>' } };
    const text = jsonScriptSafe(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
