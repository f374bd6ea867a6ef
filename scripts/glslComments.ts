/**
 * A Vite plugin that leaves the comments of the arc layer's GLSL out of every build: they sit in
 * template strings, which the minifier keeps as they are, and they weigh about a kilobyte of the JS
 * the app loads at start. Only whole-line `//` comments go, each replaced by an empty line, so no
 * code changes and every line keeps its number (stack traces and source maps stay right). A
 * TypeScript comment on a line of its own in that file goes too, which the minifier would drop anyway.
 */
import type { Plugin } from 'vite';

/** The modules whose template strings hold GLSL. */
const GLSL_MODULES = /[\\/]src[\\/]map[\\/]arcs[\\/]arcShaders\.ts$/;

/** `source` with every line that holds only a `//` comment emptied. */
export function stripLineComments(source: string): string {
  return source.replace(/^[ \t]*\/\/.*$/gm, '');
}

/** The plugin; it runs before TypeScript is compiled. */
export function glslCommentsPlugin(): Plugin {
  return {
    name: 'sca-glsl-comments',
    enforce: 'pre',
    transform(code, id) {
      return GLSL_MODULES.test(id) ? { code: stripLineComments(code), map: null } : null;
    },
  };
}
