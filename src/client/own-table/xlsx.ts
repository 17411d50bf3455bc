/**
 * An Excel workbook (.xlsx) as the records the data build's layouts read: the first worksheet that holds a table
 * (a cover or notes sheet before it is passed over), each cell as the text it shows (so printed decimals and marks
 * stay as published), the inner cells of a merged range left blank as in a CSV export. exceljs is loaded only when a
 * workbook is opened.
 */
import type { Worksheet } from 'exceljs';
import type { CsvRecord } from '../../../scripts/pipeline/csv.ts';

/**
 * A number as its format prints it: 3.9 formatted 0.00 reads "3.90", 0.123 formatted 0.0% reads "12.3%" (the printed
 * decimals are the published precision; exceljs's own text leaves formats out). A formula's number is its result.
 * Everything else as exceljs shows it.
 */
export function shown(value: unknown, numFmt: string | undefined, text: string | undefined): string {
  const result = typeof value === 'object' && value !== null && 'result' in value ? (value as { result: unknown }).result : value;
  if (typeof result !== 'number') return text ?? '';
  // the format's own words ("人", [Red]) are not digits: only the number part counts
  const format = (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const decimals = format.match(/\.(0+)/)?.[1]?.length;
  if (format.includes('%')) return `${(result * 100).toFixed(decimals ?? 0)}%`;
  return decimals === undefined ? String(result) : result.toFixed(decimals);
}

function records(sheet: Worksheet): CsvRecord[] {
  const out: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master !== cell ? '' : shown(cell.value, cell.numFmt, cell.text));
    }
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    out.push({ line, cells });
  });
  return out;
}

/** A sheet that holds a table: at least two rows of two or more cells (a cover sheet has lines of one cell). */
const isTable = (rs: CsvRecord[]): boolean => rs.filter((r) => r.cells.filter((c) => c.trim()).length >= 2).length >= 2;

export async function xlsxRecords(bytes: Uint8Array): Promise<CsvRecord[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets = book.worksheets.map(records);
  return sheets.find(isTable) ?? sheets[0] ?? [];
}
