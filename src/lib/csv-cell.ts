/**
 * Spreadsheet-safe CSV cells, shared by every CSV the project writes (table downloads from the data build, chart
 * downloads, scenario projections): RFC 4180 quoting, and text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) prefixed with an apostrophe. Files start with a BOM so Excel reads UTF-8.
 */
export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that cannot be executed as a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: finite numbers in numeric columns verbatim, everything else as neutralised text, gaps empty. */
export function csvCell(value: unknown, numeric: boolean): string {
  if (value === null || value === undefined) return '';
  if (numeric && typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (numeric && typeof value === 'bigint') return value.toString();
  return quote(neutraliseCell(String(value)));
}
