/** Decode a raw file, recognise its layout from its header, and hand it to that layout's parser. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeRaw, type Encoding } from '../decode.ts';
import { parseCsv } from '../csv.ts';
import { loadSidecar } from '../sources.ts';
import type { LayoutResult } from '../types.ts';
import { BuildError } from '../errors.ts';
import { detectFigureRows, parseFigureRows } from './figure-rows.ts';
import { detectWhoGho, parseWhoGho } from './who-gho.ts';
import { parseYearbook } from './yearbook.ts';

export function readRawFile(path: string): LayoutResult & { encoding: Encoding } {
  const file = basename(path);
  const { text, encoding } = decodeRaw(readFileSync(path));
  const records = parseCsv(text);
  if (records.length === 0) throw new BuildError(`${file}: empty file`);
  const header = records[0].cells;
  const figureLayout = detectFigureRows(header);
  if (figureLayout) return { ...parseFigureRows(file, records, figureLayout), encoding };
  const sidecar = loadSidecar(path);
  if (detectWhoGho(header)) return { ...parseWhoGho(file, records, sidecar), encoding };
  if (sidecar) return { ...parseYearbook(file, records, sidecar), encoding };
  throw new BuildError(
    `${file} row 1: layout not recognised (header: ${header.slice(0, 6).join(', ')}…). Expected the project's row-per-figure columns ` +
    `(…, year, value, unit, source_title, source_url, …), a WHO GHO export (IndicatorCode, …, FactValueNumeric), ` +
    `or a yearbook table with its citation in ${file}.source.json (see data/README.md)`,
  );
}
