/**
 * A reading as downloads: CSV (BOM, spreadsheet-safe cells, one row per figure with every field) and JSON (figures,
 * compositions and documents). The same bytes whichever page or tool asks for them.
 */
import { BOM, csvCell } from '../lib/csv-cell.ts';
import type { Figure, Reading } from './types.ts';

export const CSV_FIELDS: readonly (keyof Figure)[] = [
  'id', 'start', 'end', 'text', 'value', 'value_max', 'qualifier', 'unit', 'basis', 'kind', 'is_target', 'subject_zh', 'code',
  'code_domain', 'place', 'year', 'year_flag', 'document', 'group', 'role', 'group_total', 'group_sum', 'discrepancy', 'repeat_of', 'quote',
];

const NUMERIC = new Set<keyof Figure>(['start', 'end', 'value', 'value_max', 'group_total', 'group_sum']);

export function figuresCsv(figures: Figure[]): string {
  const lines = [CSV_FIELDS.join(','), ...figures.map((f) => CSV_FIELDS.map((k) => csvCell(f[k], NUMERIC.has(k))).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}

export function readingJson(reading: Reading): string {
  return `${JSON.stringify({ figures: reading.figures, groups: reading.groups, documents: reading.documents }, null, 2)}\n`;
}
