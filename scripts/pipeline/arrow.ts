/**
 * Arrow IPC copies of the tables the queries read, for the browser: the npm DuckDB-WASM build has no Parquet reader
 * built in (it would download the extension from the internet, which the site never does), but it reads Arrow
 * natively. Column types follow DuckDB's own, so both runners hold identical tables; the columns the queries never
 * use are left out (src/contract/tables.ts). The Parquet files stay the published, downloadable data.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import {
  Bool, Dictionary, Field, Float64, Int16, Int32, Int64, List, Table, Utf8, vectorFromArray, tableToIPC, type DataType, type Vector,
} from 'apache-arrow';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OMITTED_COLUMNS, QUERY_TABLES } from '../../src/contract/tables.ts';

/** Arrow type of a DuckDB column; dictionary ids are the column's position, so identical tables give identical bytes. */
function arrowType(duckType: string, column: number): DataType | null {
  switch (duckType) {
    // Dictionary-encoded: codes repeat thousands of times, so the file shrinks several-fold.
    case 'VARCHAR': return new Dictionary(new Utf8(), new Int32(), column);
    case 'INTEGER': return new Int32();
    case 'SMALLINT': return new Int16();
    case 'BIGINT': return new Int64();
    case 'DOUBLE': return new Float64();
    case 'BOOLEAN': return new Bool();
    case 'VARCHAR[]': return new List(new Field('item', new Utf8(), true));
    default: return null;
  }
}

/** Arrow IPC bytes of one Parquet file without the omitted columns (unknown types travel as VARCHAR). */
export async function parquetToArrow(parquetFile: string, omit: readonly string[] = []): Promise<Uint8Array> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const src = `read_parquet('${parquetFile.replaceAll("'", "''")}')`;
  const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjectsJS() as { column_name: string; column_type: string }[];
  const kept = cols.filter((c) => !omit.includes(c.column_name));
  const select = kept.map((c, i) => (arrowType(c.column_type, i) ? `"${c.column_name}"` : `"${c.column_name}"::VARCHAR AS "${c.column_name}"`));
  const rows = (await conn.runAndReadAll(`SELECT ${select.join(', ')} FROM ${src}`)).getRowObjectsJS();
  const vectors: Record<string, Vector> = {};
  for (const [i, c] of kept.entries()) {
    const type = arrowType(c.column_type, i) ?? new Dictionary(new Utf8(), new Int32(), i);
    vectors[c.column_name] = vectorFromArray(rows.map((r) => r[c.column_name] ?? null), type);
  }
  conn.closeSync();
  return tableToIPC(new Table(vectors), 'stream');
}

/** Writes <table>.arrow next to each queried <table>.parquet in a data directory. */
export async function writeArrowFiles(dataDir: string): Promise<void> {
  for (const table of QUERY_TABLES) {
    await writeFile(join(dataDir, `${table}.arrow`), await parquetToArrow(join(dataDir, `${table}.parquet`), OMITTED_COLUMNS[table]));
  }
}
