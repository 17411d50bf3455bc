/**
 * Browser query runner: DuckDB-WASM in a Web Worker, self-hosted from /duckdb/ (see astro.config.mjs), no CDN and
 * no extension downloads (autoload/autoinstall off). Same named queries, same parameter binding and row
 * normalisation as the Node runner. Loaded lazily (dynamic import) so nothing here is fetched before the first
 * chart is on screen.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import type { QueryParams, Row } from '../contract/rows.ts';
import { QUERY_TABLES } from '../contract/tables.ts';
import { sitePath } from '../lib/paths.ts';
import type { QueryName } from '../queries/index.ts';
import { normaliseRow, sqlFor, type QueryRunner } from '../queries/runner.ts';

function siteUrl(path: string): string {
  return new URL(sitePath(path), window.location.href).href;
}

async function open(): Promise<duckdb.AsyncDuckDBConnection> {
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: siteUrl('duckdb/duckdb-mvp.wasm'), mainWorker: siteUrl('duckdb/duckdb-browser-mvp.worker.js') },
    eh: { mainModule: siteUrl('duckdb/duckdb-eh.wasm'), mainWorker: siteUrl('duckdb/duckdb-browser-eh.worker.js') },
  };
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  // Everything needed (Parquet) is built into the bundle: never fetch an extension from the internet.
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);

  // Arrow IPC copies of the Parquet tables (written by the data build, scripts/pipeline/arrow.ts): DuckDB-WASM reads
  // Arrow natively, whereas Parquet would need an extension downloaded from the internet. The files are small
  // (dictionary-encoded, a few hundred KB), so each is fetched whole.
  await Promise.all(
    QUERY_TABLES.map(async (table) => {
      const url = siteUrl(`data/${table}.arrow`);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      await conn.insertArrowFromIPCStream(new Uint8Array(await res.arrayBuffer()), { name: table });
    }),
  );
  return conn;
}

export function createBrowserRunner(): QueryRunner {
  let conn: Promise<duckdb.AsyncDuckDBConnection> | null = null;
  return {
    async query(name: QueryName, params: QueryParams = {}): Promise<Row[]> {
      conn ??= open();
      const table = await (await conn).query(sqlFor(name, params));
      return table.toArray().map((r) => normaliseRow((r as { toJSON(): Record<string, unknown> }).toJSON()));
    },
  };
}
