import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripLineComments } from '../../../scripts/glslComments';

describe('stripLineComments', () => {
  it('empties the lines that hold only a comment and keeps every other line as it is', () => {
    const source = [
      'const VERTEX = `',
      '  // The point.',
      'float a = 1.0; // kept: code on the line',
      '\t// tab-indented',
      '  vec4 b = texel(u_points, 0);',
      '`;',
    ].join('\n');
    expect(stripLineComments(source)).toBe(
      ['const VERTEX = `', '', 'float a = 1.0; // kept: code on the line', '', '  vec4 b = texel(u_points, 0);', '`;'].join('\n'),
    );
  });

  it('leaves the arc shaders with the same lines, their code untouched and no comment line', () => {
    const source = readFileSync(new URL('../../../src/map/arcs/arcShaders.ts', import.meta.url), 'utf8');
    const stripped = stripLineComments(source);
    const before = source.split('\n');
    const after = stripped.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line) => /^\s*\/\//.test(line))).toEqual([]);
    expect(before.filter((line) => /^\s*\/\//.test(line)).length).toBeGreaterThan(10);
    after.forEach((line, i) => {
      if (line !== '') expect(line).toBe(before[i]);
    });
    expect(stripped).toContain('gl_Position = clip + vec4(normal * side * reach');
  });
});
