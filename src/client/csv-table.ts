/**
 * Rows as a DuckDB-WASM table with explicit column types, loaded from CSV text by DuckDB's own CSV reader: the
 * explorer's Parquet tables and the reader's `my_rows`. CSV rather than Arrow, because building Arrow vectors in the
 * page compiles code from strings, which the site's Content-Security-Policy forbids; rather than INSERT statements,
 * because a table may hold a million rows. Pure but for `loadTable`.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { ColumnRows } from './parquet-range.ts';

export type DuckType = 'BOOLEAN' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP' | 'VARCHAR';

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function cellText(v: unknown, type: DuckType): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : type === 'DATE' ? v.toISOString().slice(0, 10) : v.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (type !== 'VARCHAR') return String(v);
  // text is always quoted, so an empty text stays '' and only a missing value is NULL
  const text = typeof v === 'string' ? v : JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  return quote(text);
}

/** The rows as CSV: a header of the column names, then one line per row. */
export function rowsCsv(rows: ColumnRows, types: ReadonlyMap<string, DuckType>): string {
  const kinds = rows.names.map((n) => types.get(n) ?? 'VARCHAR');
  const lines = [rows.names.map(quote).join(',')];
  for (let i = 0; i < rows.length; i++) lines.push(rows.columns.map((c, k) => cellText(c[i], kinds[k]!)).join(','));
  return `${lines.join('\n')}\n`;
}

/** The statement that makes `table` from the CSV file `path` with exactly these column names and types. */
export function createFromCsvSql(table: string, path: string, names: string[], types: ReadonlyMap<string, DuckType>): string {
  const columns = names.map((n) => `'${n.replaceAll("'", "''")}': '${types.get(n) ?? 'VARCHAR'}'`).join(', ');
  return `CREATE OR REPLACE TABLE ${quote(table)} AS SELECT * FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', `
    + `allow_quoted_nulls = false, columns = {${columns}})`;
}

/** Makes (or replaces) `table` in the connection's database from the rows; the CSV copy is removed afterwards. */
export async function loadTable(conn: AsyncDuckDBConnection, table: string, rows: ColumnRows, types: ReadonlyMap<string, DuckType>): Promise<void> {
  const path = `${table}-${Date.now()}.csv`;
  await conn.bindings.registerFileText(path, rowsCsv(rows, types));
  try {
    await conn.query(createFromCsvSql(table, path, rows.names, types));
  } finally {
    await conn.bindings.dropFile(path);
  }
}
