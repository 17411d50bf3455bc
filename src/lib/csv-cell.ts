/**
 * Spreadsheet-safe CSV cells, shared by every CSV the project writes (table downloads from the data build, chart
 * downloads, scenario projections): RFC 4180 quoting, and text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) prefixed with an apostrophe. Files start with a BOM so Excel reads UTF-8.
 */
export const BOM = '\uFEFF';
// Leading spaces too: some spreadsheets trim them on import and would then see the formula.
const FORMULA_START = /^(\s*[=+\-@]|[\t\r])/;

/** A text cell that cannot be executed as a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A `# …` comment line, kept one line and raw so `#`-aware readers (pandas comment='#', R comment.char) skip it.
 * A spreadsheet splits it into cells at commas (semicolons, tabs in some locales), so every piece after a separator
 * gets the same neutralisation as a cell, and one that would open a quoted cell (`"=…"`) is marked too.
 */
export function csvCommentLine(text: string): string {
  const line = `# ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
  return line.split(/(?<=[,;\t])/).map((piece, i) => (i > 0 && /^\s*"/.test(piece) ? `'${piece}` : i > 0 ? neutraliseCell(piece) : piece)).join('');
}

/**
 * Quoted when it holds a quote, a comma or a line break, or when a separator some spreadsheets split at (semicolon,
 * tab) is followed by what would start a formula there.
 */
function quote(text: string): string {
  return /[",\r\n]|[;\t]\s*[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: finite numbers in numeric columns verbatim, everything else as neutralised text, gaps empty. */
export function csvCell(value: unknown, numeric: boolean): string {
  if (value === null || value === undefined) return '';
  if (numeric && typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (numeric && typeof value === 'bigint') return value.toString();
  return quote(neutraliseCell(String(value)));
}
