/**
 * Build-time query runner: DuckDB in Node (@duckdb/node-api) over public/data/*.parquet.
 * One in-memory instance per process, shared by every page Astro renders.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Row } from '../charts/types.ts';
import type { QueryName } from './queries.ts';
import { VIEW_TABLES, normaliseRow, sqlFor, viewColumns, type QueryParams, type QueryRunner } from './query-runner.ts';

/** Where the Parquet files are: DATA_DIR (tests) or public/data under the working directory (Astro build). */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? join(process.cwd(), 'public', 'data'));
}

async function connect(dir: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const table of VIEW_TABLES) {
    const file = join(dir, `${table}.parquet`);
    if (!existsSync(file)) throw new Error(`Missing ${file}: run \`npm run data\` first`);
    await conn.run(`CREATE VIEW ${table} AS SELECT ${viewColumns(table)} FROM read_parquet('${file.replaceAll("'", "''")}')`);
  }
  return conn;
}

export function createNodeRunner(dir: string = dataDir()): QueryRunner {
  let conn: Promise<DuckDBConnection> | null = null;
  return {
    async query(name: QueryName, params: QueryParams = {}): Promise<Row[]> {
      conn ??= connect(dir);
      const reader = await (await conn).runAndReadAll(sqlFor(name, params));
      return reader.getRowObjectsJS().map((r) => normaliseRow(r as Record<string, unknown>));
    },
  };
}

let shared: QueryRunner | null = null;
/** The runner Astro pages use during the build. */
export function nodeRunner(): QueryRunner {
  shared ??= createNodeRunner();
  return shared;
}
