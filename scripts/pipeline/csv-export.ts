/**
 * CSV copies of the output tables for the download links: spreadsheet-safe cells from the shared writer
 * (src/lib/csv-cell.ts), list cells joined with ";", numbers written as numbers.
 */
import { BOM, csvCell as sharedCell } from '../../src/lib/csv-cell.ts';

export function csvCell(v: unknown): string {
  if (typeof v === 'number') return sharedCell(v, true);
  return sharedCell(Array.isArray(v) ? v.join(';') : v, false);
}

/** Distinct texts a column's cache keeps: codes and units repeat row after row; ids and locators never do. */
const CACHED_TEXTS = 4096;

/**
 * `cell` for one column of a large table, each text converted once (quoting and escaping it is most of a cell's
 * cost); other values are converted every time, and so is every text of a column found to hold more distinct texts
 * than the cache keeps (looking up a text that is never seen again costs more than converting it). A value the row
 * before had (sorted rows repeat their codes row after row) gives the row before's cell, without a look-up.
 */
export function columnCells(cell: (v: unknown) => string): (v: unknown) => string {
  const cache = new Map<string, string>();
  let misses = 0;
  let last: unknown = undefined, lastText = '';
  const convert = (v: unknown): string => {
    if (typeof v !== 'string' || misses > CACHED_TEXTS) return cell(v);
    let text = cache.get(v);
    if (text === undefined) {
      text = cell(v);
      misses++;
      cache.set(v, text);
    }
    return text;
  };
  return (v) => {
    if (v !== last || v === undefined) { last = v; lastText = convert(v); }
    return lastText;
  };
}

/** Columns a table's rows do not hold but are computed from each row when written, by name. */
export type ComputedColumns = Record<string, (row: Record<string, unknown>) => unknown>;

/** The file's first line: a BOM and the column names. */
export const csvHeader = (columns: readonly string[]): string => BOM + columns.map(csvCell).join(',') + '\r\n';

/** A row's line from its values, in the order of the columns (each column's cells converted as `columnCells` does). */
export function csvLines(columns: readonly string[]): (values: readonly unknown[]) => string {
  const cells = columns.map(() => columnCells(csvCell));
  return (values) => {
    let line = cells[0]!(values[0]);
    for (let c = 1; c < cells.length; c++) line += ',' + cells[c]!(values[c]);
    return line + '\r\n';
  };
}

/**
 * A row's values, in the order of the columns, into an array used again for every row: each column read by a function
 * of its own (the row's field, or the computed value).
 */
export function rowValues(columns: readonly string[], computed: ComputedColumns = {}): (row: Record<string, unknown>) => unknown[] {
  const read = columns.map((c) => computed[c] ?? ((row: Record<string, unknown>) => row[c]));
  const values: unknown[] = new Array(columns.length);
  return (row) => {
    for (let c = 0; c < read.length; c++) values[c] = read[c]!(row);
    return values;
  };
}
