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
 * than the cache keeps (looking up a text that is never seen again costs more than converting it).
 */
export function columnCells(cell: (v: unknown) => string): (v: unknown) => string {
  const cache = new Map<string, string>();
  let misses = 0;
  return (v) => {
    if (typeof v !== 'string' || misses > CACHED_TEXTS) return cell(v);
    let text = cache.get(v);
    if (text === undefined) {
      text = cell(v);
      misses++;
      cache.set(v, text);
    }
    return text;
  };
}

/** The file's text in pieces of up to `batch` rows, so that a large table is never one string. */
export function* csvChunks(columns: string[], rows: Record<string, unknown>[], batch = 10_000): Generator<string> {
  yield BOM + columns.map(csvCell).join(',') + '\r\n';
  const cells = columns.map(() => columnCells(csvCell));
  for (let i = 0; i < rows.length; i += batch) {
    let chunk = '';
    for (let k = i; k < Math.min(rows.length, i + batch); k++) {
      const r = rows[k]!;
      let line = cells[0]!(r[columns[0]!]);
      for (let c = 1; c < columns.length; c++) line += ',' + cells[c]!(r[columns[c]!]);
      chunk += line + '\r\n';
    }
    yield chunk;
  }
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [...csvChunks(columns, rows)].join('');
}
