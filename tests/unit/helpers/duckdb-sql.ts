/** Free SQL over the built data with exactly the columns the browser loads (QUERY_TABLES minus OMITTED_COLUMNS). */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { QUERY_TABLES, queryColumns } from '../../../src/contract/tables.ts';
import { dataDir } from '../../../src/queries/node.ts';

let shared: Promise<DuckDBConnection> | null = null;

export function browserTables(): Promise<DuckDBConnection> {
  shared ??= (async () => {
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    for (const table of QUERY_TABLES) {
      const columns = queryColumns(table).map((c) => `"${c.name}"`).join(', ');
      await conn.run(`CREATE VIEW ${table} AS SELECT ${columns} FROM read_parquet('${join(dataDir(), `${table}.parquet`)}')`);
    }
    return conn;
  })();
  return shared;
}

/** Rows of a query as plain objects (BIGINT as number). */
export async function sqlRows(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await (await browserTables()).runAndReadAll(sql);
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

/** DuckDB's error message for a query that fails. */
export async function sqlError(sql: string): Promise<string> {
  try {
    await (await browserTables()).run(sql);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`expected an error from: ${sql}`);
}
