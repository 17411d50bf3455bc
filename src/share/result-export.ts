/**
 * Downloads of a free query's result (the Explore page): CSV as every CSV of the site (BOM, formula-safe cells,
 * numbers as numbers), JSON (the query, its columns and rows), and Parquet, written in the browser by
 * hyparquet-writer (DuckDB-WASM's npm build cannot write Parquet without downloading an extension).
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { Cell, QueryResult, ResultColumn } from '../contract/query-result.ts';
import { toCsvRecords } from './csv.ts';

/** A list cell in a text file: its items separated by "; " (lists hold codes such as flags). */
const flat = (v: Cell): Cell => (Array.isArray(v) ? v.map((x) => String(x ?? '')).join('; ') : v);

export function resultCsv(result: QueryResult): string {
  const header = result.columns.map((c) => c.name);
  const numeric = result.columns.map((c) => c.kind === 'number');
  return toCsvRecords([header, ...result.rows.map((r) => r.map(flat))], numeric);
}

export interface ResultJson {
  sql: string;
  data_version: string;
  capped: boolean;
  columns: ResultColumn[];
  rows: Record<string, Cell>[];
}

export function resultJson(result: QueryResult, sql: string, dataVersion: string): string {
  const out: ResultJson = {
    sql,
    data_version: dataVersion,
    capped: result.capped,
    columns: result.columns,
    rows: result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c.name, r[i] ?? null]))),
  };
  return JSON.stringify(out, null, 1);
}

const INT32 = 2 ** 31;

function parquetColumn(c: ResultColumn, data: Cell[]): ColumnSource {
  switch (c.kind) {
    case 'number': {
      const whole = data.every((v) => v === null || (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < INT32));
      return { name: c.name, data, type: whole ? 'INT32' : 'DOUBLE' };
    }
    case 'boolean':
      return { name: c.name, data, type: 'BOOLEAN' };
    case 'list':
      return { name: c.name, data, type: 'JSON' };
    default:
      return { name: c.name, data: data.map((v) => (v === null ? null : String(v))), type: 'STRING' };
  }
}

export function resultParquet(result: QueryResult): ArrayBuffer {
  return parquetWriteBuffer({
    columnData: result.columns.map((c, i) => parquetColumn(c, result.rows.map((r) => r[i] ?? null))),
  });
}
