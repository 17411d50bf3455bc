/**
 * CSV copies of the output tables for the download links: spreadsheet-safe cells from the shared writer
 * (src/lib/csv-cell.ts), list cells joined with ";", numbers written as numbers.
 */
import { BOM, csvCell as sharedCell } from '../../src/lib/csv-cell.ts';

export function csvCell(v: unknown): string {
  if (typeof v === 'number') return sharedCell(v, true);
  return sharedCell(Array.isArray(v) ? v.join(';') : v, false);
}

/** The file's text in pieces of up to `batch` rows, so that a large table is never one string. */
export function* csvChunks(columns: string[], rows: Record<string, unknown>[], batch = 10_000): Generator<string> {
  yield BOM + columns.map(csvCell).join(',') + '\r\n';
  for (let i = 0; i < rows.length; i += batch) {
    let chunk = '';
    for (const r of rows.slice(i, i + batch)) chunk += columns.map((c) => csvCell(r[c])).join(',') + '\r\n';
    yield chunk;
  }
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [...csvChunks(columns, rows)].join('');
}
