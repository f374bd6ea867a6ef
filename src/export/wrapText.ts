/** Measures the width of `text` in pixels at a font size (the canvas's `measureText` in the app). */
export type MeasureText = (text: string, fontPx: number) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Break points: after spaces, and between CJK characters (which wrap anywhere). */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const char of text) {
    if (CJK.test(char)) {
      if (word) out.push(word);
      out.push(char);
      word = '';
    } else if (char === ' ') {
      out.push(`${word} `);
      word = '';
    } else word += char;
  }
  if (word) out.push(word);
  return out;
}

/**
 * Splits text into lines no wider than `maxWidth`, breaking at spaces and between CJK characters;
 * a single word wider than the line stands on its own line. At most `maxLines` lines: the last one
 * ends in '…' when text was left out.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, measure: MeasureText, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.trim())) {
    const candidate = line + token;
    if (line && measure(candidate.trimEnd(), fontPx) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(`${last}…`, fontPx) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
