/**
 * Arrow IPC copies of the tables the queries read, for the browser: the npm DuckDB-WASM build has no Parquet reader
 * built in (it would download the extension from the internet, which the site never does), but it reads Arrow
 * natively. Column types follow the published schema (src/contract/tables.ts, the types DuckDB stores in the
 * Parquet files), so both runners hold identical tables; the columns the queries never use are left out. Built
 * from the rows the build already holds, in one pass over them. The Parquet files stay the published data.
 */
import {
  Bool, Dictionary, Field, Float64, Int16, Int32, Int64, List, RecordBatchStreamWriter, Table, Utf8, Vector, makeData, vectorFromArray, type DataType,
} from 'apache-arrow';
import { open } from 'node:fs/promises';
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

/** A buffer of `length` bits padded to 64 bytes, as Arrow's builder allocates its bitmaps. */
const bitmap = (length: number) => new Uint8Array(Math.max(64, Math.ceil(Math.ceil(length / 8) / 64) * 64));

/**
 * A dictionary-encoded text column, filled value by value: keys in order of first appearance and zero under a null, as
 * Arrow's generic builder (many times slower on large tables) writes them, so the bytes are the same.
 */
class DictionaryColumn {
  private keys: Int32Array;
  private valid: Uint8Array;
  private index = new Map<string, number>();
  private words: string[] = [];
  private nullCount = 0;
  private last: unknown = undefined;
  private lastKey = 0;
  private type: Dictionary<Utf8, Int32>;
  private length: number;

  constructor(type: Dictionary<Utf8, Int32>, length: number) {
    this.type = type;
    this.length = length;
    this.keys = new Int32Array(length);
    this.valid = bitmap(length);
  }

  set(i: number, v: unknown): void {
    if (v === null || v === undefined) { this.nullCount++; return; }
    this.valid[i >> 3]! |= 1 << (i & 7);
    // sorted rows repeat a code row after row: the row before's key, without a look-up
    if (v === this.last) { this.keys[i] = this.lastKey; return; }
    const s = String(v);
    let k = this.index.get(s);
    if (k === undefined) { k = this.words.length; this.index.set(s, k); this.words.push(s); }
    this.keys[i] = k;
    this.last = v;
    this.lastKey = k;
  }

  vector(): Vector {
    const dictionary = vectorFromArray(this.words, new Utf8());
    const { type, length, nullCount, keys: data } = this;
    return new Vector([makeData({ type, length, nullCount, nullBitmap: nullCount ? this.valid : null, data, dictionary })]);
  }
}

/**
 * A column of lists of texts (the flags) without Arrow's builder, which takes several times longer on a million
 * lists: the offsets and the UTF-8 bytes written out, each distinct text encoded once (list items repeat).
 */
function textLists(lists: readonly (readonly string[])[], type: List<Utf8>): Vector {
  const offsets = new Int32Array(lists.length + 1);
  const encoded = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  let items = 0, bytes = 0;
  for (let i = 0; i < lists.length; i++) {
    for (const item of lists[i]!) {
      let b = encoded.get(item);
      if (!b) encoded.set(item, (b = encoder.encode(item)));
      bytes += b.length;
    }
    items += lists[i]!.length;
    offsets[i + 1] = items;
  }
  const itemOffsets = new Int32Array(items + 1);
  const data = new Uint8Array(bytes);
  let item = 0, at = 0;
  for (const list of lists) {
    for (const text of list) {
      const b = encoded.get(text)!;
      data.set(b, at);
      at += b.length;
      itemOffsets[++item] = at;
    }
  }
  const child = makeData({ type: type.children[0]!.type, length: items, nullCount: 0, valueOffsets: itemOffsets, data });
  return new Vector([makeData({ type, length: lists.length, nullCount: 0, valueOffsets: offsets, child })]);
}

const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Any other column: numbers straight into a typed array and booleans into a bitmap while every value is one (a large
 * table's values are never gathered as boxed values), lists of texts written out, the rest gathered and given to
 * Arrow's builder.
 */
class ValueColumn {
  private values: unknown[] | null = null;
  private typed: Float64Array | Int32Array | null = null;
  private bits: Uint8Array | null = null;
  private type: DataType;
  private length: number;

  constructor(type: DataType, length: number) {
    this.type = type;
    this.length = length;
    if (type instanceof Float64) this.typed = new Float64Array(length);
    else if (type instanceof Int32) this.typed = new Int32Array(length);
    else if (type instanceof Bool) this.bits = bitmap(length);
    else this.values = new Array(length);
  }

  set(i: number, v: unknown): void {
    if (this.typed) {
      if (typeof v === 'number') { this.typed[i] = v; return; }
      // the first value that is not a number: the column goes to the builder
      this.values = Array.from(this.typed.subarray(0, i));
      this.values.length = this.length;
      this.typed = null;
    } else if (this.bits) {
      if (typeof v === 'boolean') { if (v) this.bits[i >> 3]! |= 1 << (i & 7); return; }
      const bits = this.bits;
      this.values = Array.from({ length: i }, (_, j) => (bits[j >> 3]! & (1 << (j & 7))) !== 0);
      this.values.length = this.length;
      this.bits = null;
    }
    this.values![i] = v ?? null;
  }

  /** The column's vector; the gathered values are let go. */
  vector(): Vector {
    const { type, typed, bits, values, length } = this;
    this.values = null;
    if (typed) return new Vector([makeData({ type: type as Float64, length, nullCount: 0, data: typed })]);
    if (bits) return new Vector([makeData({ type: type as Bool, length, nullCount: 0, data: bits })]);
    if (type instanceof List && type.children[0]!.type instanceof Utf8 && values!.every(isTextList)) return textLists(values as string[][], type);
    return vectorFromArray(values!, type);
  }
}

/**
 * One table's rows as an Arrow table, in the published column order, without the omitted columns. The rows are read
 * once, each row for all its columns: a large table's rows are spread over the heap, and a pass per column would fetch
 * every row from memory again.
 */
export function arrowTable(name: TableName, rows: Record<string, unknown>[], omit: readonly string[] = []): Table {
  const kept = COLUMNS[name].filter((c) => !omit.includes(c.name));
  const names = kept.map((c) => c.name);
  const columns = kept.map((c, i) => {
    const type = arrowType(c.type, i);
    return type instanceof Dictionary ? new DictionaryColumn(type, rows.length) : new ValueColumn(type, rows.length);
  });
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < columns.length; c++) columns[c]!.set(r, row[names[c]!]);
  }
  const vectors: Record<string, Vector> = {};
  names.forEach((n, c) => { vectors[n] = columns[c]!.vector(); });
  return new Table(vectors);
}

/**
 * Writes <table>.arrow (the IPC stream format) for each queried table into a data directory, piece by piece as the
 * writer produces them: the same bytes as the stream in one array, without a second copy of a large table.
 */
export async function writeArrowFiles(dataDir: string, tables: Record<TableName, Record<string, unknown>[]>): Promise<void> {
  for (const table of QUERY_TABLES) {
    const writer = RecordBatchStreamWriter.writeAll(arrowTable(table, tables[table], OMITTED_COLUMNS[table]));
    const file = await open(join(dataDir, `${table}.arrow`), 'w');
    try {
      for await (const bytes of writer) await file.write(bytes);
    } finally {
      await file.close();
    }
  }
}
