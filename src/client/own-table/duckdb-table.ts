/**
 * The reader's rows as the DuckDB table `my_rows`, in every DuckDB-WASM connection of the page (the charts' and the
 * explorer's), kept in step when the reader drops another table or removes it.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { loadTable } from '../csv-table.ts';
import { myRowsColumns, MY_ROWS_TYPES } from './my-rows.ts';
import { loadOwnTable, MY_ROWS_SYNCED, OWN_TABLE_EVENT } from './store.ts';

async function sync(conn: AsyncDuckDBConnection): Promise<void> {
  const table = await loadOwnTable();
  if (table && table.rows.length) await loadTable(conn, 'my_rows', myRowsColumns(table.rows), MY_ROWS_TYPES);
  else await conn.query('DROP TABLE IF EXISTS my_rows');
}

export async function attachOwnRows(conn: AsyncDuckDBConnection): Promise<void> {
  await sync(conn);
  // Test and debugging hook: my_rows as DuckDB holds it ([] when the reader has no table).
  (window as unknown as { chwdMyRows: unknown }).chwdMyRows = async () => {
    const exists = await conn.query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'my_rows'`);
    if (Number(exists.toArray()[0]?.n) === 0) return [];
    return (await conn.query('SELECT * FROM my_rows ORDER BY raw_row, obs_id')).toArray().map((r) => (r as { toJSON(): unknown }).toJSON());
  };
  // Once my_rows holds the new table, pages listing the engine's tables (the explorer) read them again.
  window.addEventListener(OWN_TABLE_EVENT, () => void sync(conn).then(() => document.dispatchEvent(new Event(MY_ROWS_SYNCED))).catch((e) => console.error(e)));
}
