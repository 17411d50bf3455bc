/**
 * DuckDB-WASM's Arrow record batches read into the explorer's result shape (src/contract/query-result.ts): plain
 * numbers, text, booleans, lists and ISO dates. Typed structurally (DuckDB-WASM carries its own apache-arrow), by
 * Arrow's type ids, which are part of the Arrow format and the same in every version.
 */
import type { Cell, ColumnKind, ResultColumn } from '../../contract/query-result.ts';

export interface ArrowField { name: string; type: { typeId: number } }
export interface ArrowSchema { fields: ArrowField[] }
export interface ArrowBatch {
  numRows: number;
  schema: ArrowSchema;
  getChildAt(i: number): { get(row: number): unknown } | null;
}

/** apache-arrow's `Type` enum: Int, Float, Bool, Decimal, Date, Timestamp, List, FixedSizeList. */
const TYPE = { Int: 2, Float: 3, Bool: 6, Decimal: 7, Date: 8, Timestamp: 10, List: 12, FixedSizeList: 16 } as const;

export function kindOf(type: { typeId: number }): ColumnKind {
  switch (type.typeId) {
    case TYPE.Int: case TYPE.Float: case TYPE.Decimal: return 'number';
    case TYPE.Bool: return 'boolean';
    case TYPE.List: case TYPE.FixedSizeList: return 'list';
    case TYPE.Date: case TYPE.Timestamp: return 'date';
    default: return 'text';
  }
}

export function columnsOf(schema: ArrowSchema): ResultColumn[] {
  return schema.fields.map((f) => ({ name: f.name, kind: kindOf(f.type) }));
}

/** A value as plain JSON-able data: BigInt → number, list vectors → arrays, dates → ISO text. */
export function plainCell(v: unknown, kind: ColumnKind): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (kind === 'date' && (typeof v === 'number' || v instanceof Date)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/T00:00:00\.000Z$/, '');
  }
  if (kind === 'list' && typeof v === 'object' && Symbol.iterator in v) {
    return [...(v as Iterable<unknown>)].map((x) => plainCell(x, typeof x === 'number' || typeof x === 'bigint' ? 'number' : 'text'));
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Appends up to `room` rows of a record batch to `rows`; returns how many it took. */
export function appendBatch(rows: Cell[][], batch: ArrowBatch, columns: ResultColumn[], room: number): number {
  const n = Math.min(batch.numRows, room);
  const vectors = columns.map((_, i) => batch.getChildAt(i)!);
  for (let r = 0; r < n; r++) rows.push(vectors.map((vec, i) => plainCell(vec.get(r), columns[i]!.kind)));
  return n;
}
