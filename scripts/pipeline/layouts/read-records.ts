/** A raw file's bytes → its layout's figures: decode, split into records, recognise the layout from the header. No file access. */
import { decodeRaw, type Encoding } from '../decode.ts';
import { parseCsv, type CsvRecord } from '../csv.ts';
import type { Sidecar } from '../catalogue.ts';
import type { LayoutResult } from '../types.ts';
import { BuildError } from '../errors.ts';
import { detectFigureRows, parseFigureRows } from './figure-rows.ts';
import { detectWhoGho, parseWhoGho } from './who-gho.ts';
import { parseYearbook } from './yearbook.ts';

/** `sidecar` is asked for only when the layout needs one (the row-per-figure files cite each row). */
export function readRecords(file: string, records: CsvRecord[], sidecar: () => Sidecar | null): LayoutResult {
  if (records.length === 0) throw new BuildError(`${file}: empty file`);
  const header = records[0].cells;
  const figureLayout = detectFigureRows(header);
  if (figureLayout) return parseFigureRows(file, records, figureLayout);
  const entry = sidecar();
  if (detectWhoGho(header)) return parseWhoGho(file, records, entry);
  if (entry) return parseYearbook(file, records, entry);
  throw new BuildError(
    `${file} row 1: layout not recognised (header: ${header.slice(0, 6).join(', ')}…). Expected the project's row-per-figure columns ` +
    `(…, year, value, unit, source_title, source_url, …), a WHO GHO export (IndicatorCode, …, FactValueNumeric), ` +
    `or a yearbook table with its citation in ${file}.source.json (see data/README.md)`,
  );
}

export function readRawBytes(file: string, bytes: Uint8Array, sidecar: () => Sidecar | null): LayoutResult & { encoding: Encoding } {
  const { text, encoding } = decodeRaw(bytes);
  return { ...readRecords(file, parseCsv(text), sidecar), encoding };
}
