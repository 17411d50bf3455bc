/**
 * Browser query runner: DuckDB-WASM in a Web Worker, self-hosted under <base>duckdb/ (src/integrations/duckdb-bundles.ts), no CDN and
 * no extension downloads (autoload/autoinstall off). Same named queries, same parameter binding and row
 * normalisation as the Node runner. Loaded lazily (dynamic import) so nothing here is fetched before the first
 * chart is on screen.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import type { QueryParams, Row } from '../contract/rows.ts';
import { QUERY_TABLES } from '../contract/tables.ts';
import { DUCKDB_WASM_GZ, DUCKDB_WORKER, duckdbRoute } from '../lib/duckdb-files.ts';
import { sitePath } from '../lib/paths.ts';
import type { QueryName } from '../queries/index.ts';
import { normaliseRow, sqlFor, type QueryRunner } from '../queries/runner.ts';
import { attachOwnRows } from './own-table/duckdb-table.ts';

function siteUrl(path: string): string {
  return new URL(sitePath(path), window.location.href).href;
}

/**
 * The wasm as a blob: URL: fetched in its shipped gzip form (src/lib/duckdb-files.ts) and inflated here. A host that
 * labels the file Content-Encoding: gzip has the browser inflate it already, which the magic bytes tell.
 */
async function wasmUrl(): Promise<string> {
  const url = siteUrl(duckdbRoute(duckdb.PACKAGE_VERSION, DUCKDB_WASM_GZ));
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  const [a, b] = new Uint8Array(bytes, 0, 2);
  const wasm = a === 0x1f && b === 0x8b ? new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))) : new Response(bytes);
  return URL.createObjectURL(new Blob([await wasm.arrayBuffer()], { type: 'application/wasm' }));
}

async function open(): Promise<duckdb.AsyncDuckDBConnection> {
  // Only the exception-handling bundle ships (src/lib/duckdb-files.ts says why); without it the pre-rendered charts stay.
  if (!(await duckdb.getPlatformFeatures()).wasmExceptions) throw new Error('DuckDB-WASM needs WebAssembly exception handling');
  const worker = new Worker(siteUrl(duckdbRoute(duckdb.PACKAGE_VERSION, DUCKDB_WORKER)));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const wasm = await wasmUrl();
  await db.instantiate(wasm).finally(() => URL.revokeObjectURL(wasm));
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
  // The reader's own table (kept in this browser) as my_rows, when there is one.
  await attachOwnRows(conn);
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
