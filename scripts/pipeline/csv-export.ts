/**
 * CSV copies of the output tables for the download links: spreadsheet-safe cells from the shared writer
 * (src/lib/csv-cell.ts), list cells joined with ";", numbers written as numbers.
 */
import { BOM, csvCell as sharedCell } from '../../src/lib/csv-cell.ts';

export function csvCell(v: unknown): string {
  if (typeof v === 'number') return sharedCell(v, true);
  return sharedCell(Array.isArray(v) ? v.join(';') : v, false);
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
