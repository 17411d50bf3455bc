/** Decode a raw file, recognise its layout from its header, and hand it to that layout's parser. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { decodeRaw, type Encoding } from '../decode.ts';
import { csvRecords, type CsvEnd, type CsvRecord } from '../csv.ts';
import { loadSidecar } from '../sources.ts';
import type { LayoutResult } from '../types.ts';
import { BuildError } from '../errors.ts';
import { detectFigureRows, parseFigureRows } from './figure-rows.ts';
import { detectWhoGho, parseWhoGho } from './who-gho.ts';
import { parseYearbook } from './yearbook.ts';

export interface RawFileResult extends LayoutResult { encoding: Encoding; sha256: string }

/**
 * The records after the header, stopping the build at a last row that the file cuts short (it ends inside a quoted
 * cell, or without a line break in a row with fewer cells than the header): a truncated download is reported as
 * such, not as whatever its cut-off cells fail to match.
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

export function readRawFile(path: string): RawFileResult {
  const file = basename(path);
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text, encoding } = decodeRaw(bytes, file);
  const end: Partial<CsvEnd> = {};
  const records = csvRecords(text, end);
  const first = records.next();
  if (first.done) throw new BuildError(`${file}: empty file`);
  const header = first.value.cells;
  const rows = untruncated(file, header, records, end);
  const figureLayout = detectFigureRows(header);
  // the parsers' results are filled in while their figures are read, so they are extended, not copied
  if (figureLayout) return Object.assign(parseFigureRows(file, header, rows, figureLayout), { encoding, sha256 });
  const sidecar = loadSidecar(path);
  if (detectWhoGho(header)) {
    if (!sidecar) {
      let n = 0;
      for (const _ of rows) n++;
      throw new BuildError(`${file}: a WHO GHO export carries no citation in its rows, so none of its ${n} rows can be imported: ` +
        `add ${file}.source.json describing the export (publisher, title, url, kind "international"; see data/README.md)`);
    }
    return Object.assign(parseWhoGho(file, header, rows, sidecar), { encoding, sha256 });
  }
  if (sidecar) return Object.assign(parseYearbook(file, [first.value, ...rows], sidecar), { encoding, sha256 });
  throw new BuildError(
    `${file} row 1: layout not recognised (header: ${header.slice(0, 6).join(', ')}…). Expected the project's row-per-figure columns ` +
    `(…, year, value, unit, source_title, source_url, …), a WHO GHO export (IndicatorCode, …, FactValueNumeric), ` +
    `or a yearbook table with its citation in ${file}.source.json (see data/README.md)`,
  );
}
