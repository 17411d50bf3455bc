/**
 * Arrow IPC copies of the tables the queries read, for the browser: the npm DuckDB-WASM build has no Parquet reader
 * built in (it would download the extension from the internet, which the site never does), but it reads Arrow
 * natively. Column types follow the published schema (src/contract/tables.ts, the types DuckDB stores in the
 * Parquet files), so both runners hold identical tables; the columns the queries never use are left out. Built
 * from the rows the build already holds, one column at a time. The Parquet files stay the published data.
 */
import {
  Bool, Dictionary, Field, Float64, Int16, Int32, Int64, List, Table, Utf8, Vector, makeData, vectorFromArray, tableToIPC, type DataType,
} from 'apache-arrow';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLUMNS, OMITTED_COLUMNS, QUERY_TABLES, type TableName } from '../../src/contract/tables.ts';

/** Arrow type of a column; dictionary ids are the column's position, so identical tables give identical bytes. */
function arrowType(duckType: string, column: number): DataType {
  switch (duckType) {
    // Dictionary-encoded: codes repeat thousands of times, so the file shrinks several-fold.
    case 'VARCHAR': return new Dictionary(new Utf8(), new Int32(), column);
    case 'INTEGER': return new Int32();
    case 'SMALLINT': return new Int16();
    case 'BIGINT': return new Int64();
    case 'DOUBLE': return new Float64();
    case 'BOOLEAN': return new Bool();
    case 'VARCHAR[]': return new List(new Field('item', new Utf8(), true));
    default: throw new Error(`internal: no Arrow type for column type ${duckType}`);
  }
}

/**
 * A dictionary-encoded text column, encoded here rather than by Arrow's generic builder (many times slower on large
 * tables): keys in order of first appearance and zero under a null, as that builder writes them, so the bytes are the same.
 */
function dictionaryVector(values: unknown[], type: Dictionary<Utf8, Int32>): Vector {
  const n = values.length;
  const keys = new Int32Array(n);
  // validity bits, in a buffer padded to 64 bytes like the builder's
  const valid = new Uint8Array(Math.ceil(Math.ceil(n / 8) / 64) * 64);
  const index = new Map<string, number>();
  const words: string[] = [];
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) { nullCount++; continue; }
    valid[i >> 3]! |= 1 << (i & 7);
    const s = String(v);
    let k = index.get(s);
    if (k === undefined) { k = words.length; index.set(s, k); words.push(s); }
    keys[i] = k;
  }
  const dictionary = vectorFromArray(words, new Utf8());
  return new Vector([makeData({ type, length: n, nullCount, nullBitmap: nullCount ? valid : null, data: keys, dictionary })]);
}

/** A number column without gaps, straight from a typed array (the generic builder is slow on large tables); null otherwise. */
function numberVector(values: unknown[], type: DataType): Vector | null {
  const Typed = type instanceof Float64 ? Float64Array : type instanceof Int32 ? Int32Array : null;
  if (!Typed || !values.every((v) => typeof v === 'number')) return null;
  return new Vector([makeData({ type: type as Float64, length: values.length, nullCount: 0, data: Typed.from(values as number[]) })]);
}

/** Arrow IPC bytes of one table's rows, in the published column order, without the omitted columns. */
export function tableToArrow(name: TableName, rows: Record<string, unknown>[], omit: readonly string[] = []): Uint8Array {
  const kept = COLUMNS[name].filter((c) => !omit.includes(c.name));
  const vectors: Record<string, Vector> = {};
  for (const [i, c] of kept.entries()) {
    const type = arrowType(c.type, i);
    const values = rows.map((r) => r[c.name] ?? null);
    vectors[c.name] = type instanceof Dictionary ? dictionaryVector(values, type) : numberVector(values, type) ?? vectorFromArray(values, type);
  }
  return tableToIPC(new Table(vectors), 'stream');
}

/** Writes <table>.arrow for each queried table into a data directory. */
export async function writeArrowFiles(dataDir: string, tables: Record<TableName, Record<string, unknown>[]>): Promise<void> {
  for (const table of QUERY_TABLES) {
    await writeFile(join(dataDir, `${table}.arrow`), tableToArrow(table, tables[table], OMITTED_COLUMNS[table]));
  }
}
