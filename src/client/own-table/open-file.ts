/** A file the reader dropped → its records by kind (text, workbook, Parquet) → placed and rejected rows. */
import { decodeRaw } from '../../../scripts/pipeline/decode.ts';
import { parseCsv, type CsvRecord } from '../../../scripts/pipeline/csv.ts';
import { NEEDS_YEAR } from '../../../scripts/pipeline/layouts/yearbook.ts';
import { readContext } from './bundled.ts';
import { guessAnswers, placeRecords, type OwnTable, type TableAnswers } from './read.ts';

/** `needsYear`: a yearbook table by region, read without the year it is of (the reader is asked for it). */
export interface Opened { table: OwnTable; answers: TableAnswers; yearbook: boolean; needsYear: boolean }

async function records(name: string, bytes: Uint8Array): Promise<{ records: CsvRecord[]; encoding: OwnTable['encoding'] }> {
  if (/\.xlsx$/i.test(name)) return { records: await (await import('./xlsx.ts')).xlsxRecords(bytes), encoding: 'xlsx' };
  if (/\.parquet$/i.test(name)) return { records: await (await import('./parquet.ts')).parquetRecords(bytes), encoding: 'parquet' };
  const { text, encoding } = decodeRaw(bytes);
  return { records: parseCsv(text), encoding };
}

/** `answers`: what the reader said about a yearbook table; by default what its title and headers suggest. */
export async function openFile(name: string, bytes: Uint8Array, answers?: TableAnswers): Promise<Opened> {
  const read = await records(name, bytes);
  const given = answers ?? guessAnswers(read.records);
  const table = placeRecords(name, read.records, read.encoding, readContext(), given);
  return { table, answers: given, yearbook: table.layout.startsWith('yearbook'), needsYear: table.rejections.some((r) => r.reason === NEEDS_YEAR) };
}
