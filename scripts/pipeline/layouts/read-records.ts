/** A raw file's bytes → its layout's figures: decode, split into records, recognise the layout from the header. No file access. */
import { decodeRaw, type Encoding } from '../decode.ts';
import { csvRecords, type CsvEnd, type CsvRecord } from '../csv.ts';
import type { Sidecar } from '../catalogue.ts';
import type { LayoutResult } from '../types.ts';
import { BuildError } from '../errors.ts';
import { detectFigureRows, parseFigureRows } from './figure-rows.ts';
import { detectWhoGho, parseWhoGho } from './who-gho.ts';
import { parseYearbook } from './yearbook.ts';

/**
 * The records after the header, stopping at a last row that the file cuts short (it ends inside a quoted cell, or
 * without a line break in a row with fewer cells than the header): a truncated download is reported as such, not as
 * whatever its cut-off cells fail to match.
 */
function* untruncated(file: string, header: string[], records: Iterator<CsvRecord>, end: Partial<CsvEnd>): Generator<CsvRecord> {
  let current = records.next();
  while (!current.done) {
    const next = records.next();
    const rec = current.value;
    if (next.done && (end.insideQuotes || (!end.finalLineBreak && rec.cells.length < header.length))) {
      throw new BuildError(`${file} row ${rec.line}: the file is truncated: it ends inside this row (${rec.cells.length} of ${header.length} columns` +
        `${end.insideQuotes ? ', inside a quoted cell' : ''}, no line break at the end); save or download the complete file again`);
    }
    yield rec;
    current = next;
  }
}

/**
 * A table's records (from text, a spreadsheet or a Parquet file) → its layout's result. `sidecar` is asked for only
 * when the layout needs one (the row-per-figure files cite each row); `end` says how the text ended, when it was text.
 * The results are filled in while their figures are read.
 */
export function readRecords(file: string, records: Iterable<CsvRecord>, sidecar: () => Sidecar | null, end: Partial<CsvEnd> = { finalLineBreak: true }): LayoutResult {
  const it = records[Symbol.iterator]();
  const first = it.next();
  if (first.done) throw new BuildError(`${file}: empty file`);
  const header = first.value.cells;
  const rows = untruncated(file, header, it, end);
  const figureLayout = detectFigureRows(header);
  if (figureLayout) return parseFigureRows(file, header, rows, figureLayout);
  const entry = sidecar();
  if (detectWhoGho(header)) {
    if (!entry) {
      let n = 0;
      for (const _ of rows) n++;
      throw new BuildError(`${file}: a WHO GHO export carries no citation in its rows, so none of its ${n} rows can be imported: ` +
        `add ${file}.source.json describing the export (publisher, title, url, kind "international"; see data/README.md)`);
    }
    return parseWhoGho(file, header, rows, entry);
  }
  if (entry) return parseYearbook(file, [first.value, ...rows], entry);
  throw new BuildError(
    `${file} row 1: layout not recognised (header: ${header.slice(0, 6).join(', ')}…). Expected the project's row-per-figure columns ` +
    `(…, year, value, unit, source_title, source_url, …), a WHO GHO export (IndicatorCode, …, FactValueNumeric), ` +
    `or a yearbook table with its citation in ${file}.source.json (see data/README.md)`,
  );
}

/** Raw bytes in any of the build's encodings → the layout's result, with the encoding it was read in. */
export function readRawBytes(file: string, bytes: Uint8Array, sidecar: () => Sidecar | null): LayoutResult & { encoding: Encoding } {
  const { text, encoding } = decodeRaw(bytes, file);
  const end: Partial<CsvEnd> = {};
  // the layouts' results are filled in while their figures are read, so they are extended, not copied
  return Object.assign(readRecords(file, csvRecords(text, end), sidecar, end), { encoding });
}
