/**
 * The explorer's DuckDB-WASM: one connection of its own over the published tables, opened on the first query (the
 * engine's download is reported as it arrives), queries streamed in Arrow batches up to a row cap, a running query
 * cancelled between batches of work, and the catalogue read back so tables added by other code appear in the schema.
 *
 * Other modules add tables through `explorerConnection()` and then call `tablesChanged()`, optionally with words
 * for the new table's columns (shown in the table list like the published tables' descriptions):
 *   const conn = await explorerConnection();
 *   await loadTable(conn, 'my_rows', rows, types);   // src/client/csv-table.ts
 *   tablesChanged({ table: 'my_rows', columns: { value: { zh: '数值', en: 'Value' } } });
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Cell, QueryResult, ResultColumn } from '../../contract/query-result.ts';
import type { Bilingual } from '../../contract/schema.ts';
import type { DownloadProgress } from '../duckdb.ts';
import { appendBatch, columnsOf } from './result.ts';

/** The event the page listens to for a new or changed table (the schema list is read again). */
export const TABLES_CHANGED = 'explorer:tables-changed';
/** The event carrying the engine's download progress (detail: { received, total }). */
export const ENGINE_PROGRESS = 'explorer:engine-progress';

let connection: Promise<AsyncDuckDBConnection> | null = null;

/** The explorer's connection, opening DuckDB-WASM and loading the published tables on the first call. */
export function explorerConnection(): Promise<AsyncDuckDBConnection> {
  connection ??= (async () => {
    const progress: DownloadProgress = (received, total) =>
      document.dispatchEvent(new CustomEvent(ENGINE_PROGRESS, { detail: { received, total } }));
    const { openDuckDB } = await import('../duckdb.ts');
    return openDuckDB(progress);
  })();
  connection.catch(() => { connection = null; });
  return connection;
}

/** Whether the engine has been asked for (so a table list from the catalogue is worth reading). */
export const engineStarted = (): boolean => connection !== null;

const descriptions = new Map<string, Record<string, Bilingual>>();

/** Column descriptions given for a table added on the page, if any. */
export const addedColumnWords = (table: string): Record<string, Bilingual> => descriptions.get(table) ?? {};

export function tablesChanged(described?: { table: string; columns: Record<string, Bilingual> }): void {
  if (described) descriptions.set(described.table, described.columns);
  document.dispatchEvent(new Event(TABLES_CHANGED));
}

export class QueryCancelled extends Error {
  constructor() { super('cancelled'); this.name = 'QueryCancelled'; }
}

let running: { conn: AsyncDuckDBConnection | null; cancelled: boolean } | null = null;

/**
 * Runs one query, keeping at most `cap` rows: once the cap is passed the rest is not read and the query is
 * cancelled. Throws DuckDB's error, or QueryCancelled when `cancelQuery()` stopped it (even while the engine was
 * still loading).
 */
export async function runQuery(sql: string, cap: number): Promise<QueryResult> {
  const run: { conn: AsyncDuckDBConnection | null; cancelled: boolean } = { conn: null, cancelled: false };
  running = run;
  const rows: Cell[][] = [];
  let columns: ResultColumn[] | null = null;
  let capped = false;
  try {
    const conn = (run.conn = await explorerConnection());
    if (run.cancelled) throw new QueryCancelled();
    const start = performance.now();
    const reader = await conn.send(sql, true);
    if (run.cancelled) throw new QueryCancelled();
    for await (const batch of reader) {
      if (run.cancelled) throw new QueryCancelled();
      columns ??= columnsOf(batch.schema);
      if (batch.numRows === 0) continue;
      if (rows.length >= cap) { capped = true; break; }
      const taken = appendBatch(rows, batch, columns, cap - rows.length);
      if (taken < batch.numRows) { capped = true; break; }
    }
    columns ??= reader.schema ? columnsOf(reader.schema) : [];
    if (capped) await conn.cancelSent().catch(() => false);
    return { columns, rows, capped, ms: performance.now() - start };
  } catch (e) {
    if (run.cancelled) throw new QueryCancelled();
    throw e;
  } finally {
    if (running === run) running = null;
  }
}

/** Stops the running query, if any. */
export async function cancelQuery(): Promise<void> {
  const run = running;
  if (!run) return;
  run.cancelled = true;
  // A query the engine has not started yet cannot be cancelled: ask again until it has stopped.
  while (running === run) {
    if (run.conn && (await run.conn.cancelSent().catch(() => false))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface CatalogueColumn { name: string; type: string }
export interface CatalogueTable { name: string; columns: CatalogueColumn[] }

let sideConnection: Promise<AsyncDuckDBConnection> | null = null;

/**
 * A second connection to the same database, for what the page reads beside the reader's queries (the catalogue, the
 * quick chart's labels): a statement on the connection of a query still being streamed would end that query's result
 * early (it would come back with no rows).
 */
export function readingConnection(): Promise<AsyncDuckDBConnection> {
  sideConnection ??= explorerConnection().then((c) => c.bindings.connect());
  sideConnection.catch(() => { sideConnection = null; });
  return sideConnection;
}

/** Every table and view of the explorer's database with its columns, in order. */
export async function catalogue(): Promise<CatalogueTable[]> {
  const conn = await readingConnection();
  const table = await conn.query(`SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`);
  const out = new Map<string, CatalogueColumn[]>();
  for (const r of table.toArray() as { table_name: string; column_name: string; data_type: string }[]) {
    const cols = out.get(r.table_name) ?? [];
    cols.push({ name: r.column_name, type: r.data_type });
    out.set(r.table_name, cols);
  }
  return [...out].map(([name, columns]) => ({ name, columns }));
}
