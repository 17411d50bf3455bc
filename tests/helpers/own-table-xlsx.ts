/**
 * An .xlsx made with exceljs from a CSV fixture, laid out as a yearbook workbook is published: each record on its own
 * sheet row, numbers stored as numbers with the printed decimals as their format, the cadre headings merged across
 * their 合计/城市/农村 columns, title and note lines as text.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { decodeRaw } from '../../scripts/pipeline/decode.ts';
import { parseCsv } from '../../scripts/pipeline/csv.ts';

export async function workbookFromCsv(csvPath: string): Promise<Buffer> {
  const records = parseCsv(decodeRaw(readFileSync(csvPath)).text);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('表3-1-2');
  for (const { line, cells } of records) {
    const row = sheet.getRow(line);
    cells.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      if (/^\d+(\.\d+)?$/.test(text)) {
        cell.value = Number(text);
        const decimals = text.split('.')[1]?.length ?? 0;
        cell.numFmt = decimals ? `0.${'0'.repeat(decimals)}` : '0';
      } else if (text !== '') cell.value = text;
    });
    // a heading followed by blanks, above a row of 合计/城市/农村: one merged cell, as printed
    const next = records.find((r) => r.line === line + 1);
    if (next?.cells.includes('城市')) {
      for (let i = 1; i < cells.length; i++) {
        if (!cells[i]) continue;
        let end = i;
        while (end + 1 < cells.length && !cells[end + 1]) end++;
        if (end > i) sheet.mergeCells(line, i + 1, line, end + 1);
      }
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
