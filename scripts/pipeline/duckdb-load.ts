/**
 * The rows as a CSV file DuckDB reads back exactly, for writing the Parquet files: not the download CSV, whose cells
 * are spreadsheet-safe and cannot tell a gap from an empty text. Here a gap is an empty cell, an empty text is `""`,
 * a list is its JSON text, and a number is written as JavaScript prints it (the shortest text that reads back as the
 * same double). Half the size of the same rows as JSON lines (no column names on every row), and quicker to parse.
 */
import type { ManifestColumn } from '../../src/contract/schema.ts';
import { columnCells } from './csv-export.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell: quoted when it holds a quote, a comma or a line break, or is empty (an unquoted empty cell is a gap). */
export function textCell(s: string): string {
  return s === '' ? '""' : NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One value of a column of the given DuckDB type as a cell. */
function cellOf(type: string): (v: unknown) => string {
  if (type.endsWith('[]')) return (v) => (v === null || v === undefined ? '' : textCell(JSON.stringify(v)));
  return (v) => {
    if (v === null || v === undefined) return '';
    // as JSON would carry it: a number that is not finite is a gap
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    return textCell(typeof v === 'string' ? v : String(v));
  };
}

/**
 * A row's line from its values, in the order of the columns, without the columns DuckDB computes (`computed`, as in
 * `loadSelect`); no header.
 */
export function loadLines(columns: readonly ManifestColumn[], computed: Record<string, string> = {}): (values: readonly unknown[]) => string {
  const at = columns.flatMap((c, i) => (c.name in computed ? [] : [i]));
  const cells = at.map((i) => columnCells(cellOf(columns[i]!.type)));
  return (values) => {
    let line = cells[0]!(values[at[0]!]);
    for (let c = 1; c < cells.length; c++) line += ',' + cells[c]!(values[at[c]!]);
    return line + '\n';
  };
}

/** A text as an SQL string literal. */
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * A SELECT of the columns, typed as the schema says, from a file `loadLines` wrote, whose longest line is at most
 * `longestLine` characters. Columns `computed` names are not in the file: DuckDB computes each from the others
 * with the SQL expression given. DuckDB reads the file in buffers of 8 MiB, larger only when a line needs it: its
 * default, 32 MiB, is memory beside the rows the build holds (a million rows peak about 60 MiB lower). Smaller
 * buffers would save a little more but hand the Parquet writer batches too small to cut into row groups of exactly
 * ROW_GROUP_SIZE rows.
 */
export function loadSelect(path: string, columns: readonly ManifestColumn[], longestLine: number, computed: Record<string, string> = {}): string {
  const read = columns.filter((c) => !(c.name in computed));
  // lists are read as their JSON text, then parsed
  const spec = read.map((c) => `${sqlString(c.name)}: ${sqlString(c.type.endsWith('[]') ? 'VARCHAR' : c.type)}`).join(', ');
  const select = columns.map((c) => (c.name in computed ? `${computed[c.name]} AS "${c.name}"`
    : c.type.endsWith('[]') ? `from_json("${c.name}", ${sqlString(`["${c.type.slice(0, -2)}"]`)}) AS "${c.name}"` : `"${c.name}"`));
  // a character is at most 3 bytes of UTF-8 (4 for a pair of 2)
  const buffer = Math.max(8 << 20, 3 * longestLine + 1);
  return `SELECT ${select.join(', ')} FROM read_csv(${sqlString(path)}, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
    `new_line = '\\n', nullstr = '', allow_quoted_nulls = false, buffer_size = ${buffer}, max_line_size = ${buffer}, columns = {${spec}})`;
}
