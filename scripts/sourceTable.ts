/**
 * The committed tab-separated tables of scripts/sources/: a header line, then one record a line.
 * They are build inputs, so a malformed line is an error, not a warning.
 */

/** One line of a table: its cells, the line itself, and where it is, for error messages (`… table line 7`). */
export interface SourceTableLine {
  cells: string[];
  line: string;
  where: string;
}

/**
 * The lines after the header of a table called `name`, each split into at most `columns` cells;
 * throws when the header is not `columns` joined by tabs or a line has more cells.
 */
export function sourceTableLines(text: string, name: string, columns: readonly string[]): SourceTableLine[] {
  const [header, ...lines] = text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (header !== columns.join('\t')) throw new Error(`invalid ${name} table header: ${JSON.stringify(header)}`);
  return lines.map((line, index) => {
    const cells = line.split('\t');
    const where = `${name} table line ${index + 2}`;
    if (cells.length > columns.length) throw new Error(`invalid ${where}: ${JSON.stringify(line)}`);
    return { cells, line, where };
  });
}
