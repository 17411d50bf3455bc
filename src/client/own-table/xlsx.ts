/**
 * An Excel workbook (.xlsx) as the records the data build's layouts read: the first worksheet, each cell as the text
 * it shows (so printed decimals and marks stay as published), the inner cells of a merged range left blank as in a
 * CSV export. exceljs is loaded only when a workbook is opened.
 */
import type { CsvRecord } from '../../../scripts/pipeline/csv.ts';

/**
 * A number as its format prints it: 3.9 formatted 0.00 reads "3.90" (the printed decimals are the published precision;
 * exceljs's own text leaves formats out). Everything else as exceljs shows it.
 */
export function shown(value: unknown, numFmt: string | undefined, text: string | undefined): string {
  if (typeof value !== 'number') return text ?? '';
  const decimals = numFmt?.match(/\.(0+)/)?.[1]?.length;
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}

export async function xlsxRecords(bytes: Uint8Array): Promise<CsvRecord[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master !== cell ? '' : shown(cell.value, cell.numFmt, cell.text));
    }
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    records.push({ line, cells });
  });
  return records;
}
