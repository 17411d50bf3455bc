/**
 * Build-time side of the query layer: DuckDB in Node (@duckdb/node-api) over the published data in public/data, and
 * the other files of that folder the site build reads (manifest, rejections). One in-memory instance per process,
 * shared by every page Astro renders.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { QueryParams, Row } from '../contract/rows.ts';
import type { Manifest, Rejection } from '../contract/schema.ts';
import { MANIFEST_FILE, parseManifest } from '../contract/manifest.ts';
import { QUERY_TABLES, queryColumns } from '../contract/tables.ts';
import type { QueryName } from './index.ts';
import { normaliseRow, sqlFor, type QueryRunner } from './runner.ts';

/** Where the published data is: DATA_DIR (tests) or public/data under the working directory (site build). */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? join(process.cwd(), 'public', 'data'));
}

export function readManifest(dir: string = dataDir()): Manifest {
  return parseManifest(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
}

/** The rejected raw rows, from their CSV copy (the Sources page lists them). */
export function readRejections(dir: string = dataDir()): Rejection[] {
  const text = readFileSync(join(dir, 'rejections.csv'), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Rejection>(text, { header: true, skipEmptyLines: true }).data;
}

async function connect(dir: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const table of QUERY_TABLES) {
    const file = join(dir, `${table}.parquet`);
    if (!existsSync(file)) throw new Error(`Missing ${file}: run \`npm run data\` first`);
    const columns = queryColumns(table).map((c) => `"${c.name}"`).join(', ');
    await conn.run(`CREATE VIEW ${table} AS SELECT ${columns} FROM read_parquet('${file.replaceAll("'", "''")}')`);
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
/** The runner the site build uses. */
export function nodeRunner(): QueryRunner {
  shared ??= createNodeRunner();
  return shared;
}
