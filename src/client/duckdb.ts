/**
 * Browser query runner: DuckDB-WASM in a Web Worker, self-hosted under <base>duckdb/ (src/integrations/duckdb-bundles.ts), no CDN and
 * no extension downloads (autoload/autoinstall off). Same named queries, same parameter binding and row
 * normalisation as the Node runner. Loaded lazily (dynamic import) so nothing here is fetched before the first
 * chart is on screen. Its start is bounded: a worker that cannot load fails it at once, and a start that makes no
 * progress for STALL_MS is given up, so a chart never waits without end; files are fetched with retries.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import type { QueryParams, Row } from '../contract/rows.ts';
import { QUERY_TABLES } from '../contract/tables.ts';
import { DUCKDB_WASM_GZ, DUCKDB_WORKER, duckdbRoute } from '../lib/duckdb-files.ts';
import { sitePath } from '../lib/paths.ts';
import type { QueryName } from '../queries/index.ts';
import { normaliseRow, sqlFor, type QueryRunner } from '../queries/runner.ts';
import { attachOwnRows } from './own-table/duckdb-table.ts';
import { failureReason, fetchRetry, loadFailure } from './fetch-retry.ts';

/** How long the start may go without progress (bytes arriving, a step done) before it is given up. */
export const STALL_MS = 20_000;

function siteUrl(path: string): string {
  return new URL(sitePath(path), window.location.href).href;
}

/**
 * The wasm as a blob: URL: fetched in its shipped gzip form (src/lib/duckdb-files.ts) and inflated here. A host that
 * labels the file Content-Encoding: gzip has the browser inflate it already, which the magic bytes tell.
 */
async function wasmUrl(progress: DownloadProgress): Promise<string> {
  const bytes = await download(siteUrl(duckdbRoute(duckdb.PACKAGE_VERSION, DUCKDB_WASM_GZ)), progress);
  const [a, b] = bytes;
  const wasm = a === 0x1f && b === 0x8b ? new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))) : new Response(bytes);
  return URL.createObjectURL(new Blob([await wasm.arrayBuffer()], { type: 'application/wasm' }));
}

/** Bytes of a download received so far, and the whole size when the server says it (else null). */
export type DownloadProgress = (received: number, total: number | null) => void;

/** A file's bytes, fetched with retries, reporting progress as they arrive. */
async function download(url: string, progress: DownloadProgress): Promise<Uint8Array<ArrayBuffer>> {
  const res = await fetchRetry(url);
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = res.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    progress(size, total);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.length; }
  return bytes;
}

/**
 * A connection of its own to a new database with the published tables loaded (the explorer page's engine, which may
 * add tables of its own); `onProgress` follows the engine's download.
 */
export async function openDuckDB(onProgress?: DownloadProgress): Promise<duckdb.AsyncDuckDBConnection> {
  return open(onProgress);
}

/** The engine, opened; fails when the worker cannot load, a file cannot be fetched, or the start stalls. */
async function open(onProgress?: DownloadProgress): Promise<duckdb.AsyncDuckDBConnection> {
  let fail!: (err: Error) => void;
  const failed = new Promise<never>((_, reject) => { fail = reject; });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progress = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(loadFailure('start', `DuckDB-WASM made no progress for ${STALL_MS / 1000} s`)), STALL_MS);
  };
  /** The engine's own download: reported to the page, and progress against the stall limit. */
  const engineProgress: DownloadProgress = (received, total) => { progress(); onProgress?.(received, total); };
  let worker: Worker | null = null;
  progress();
  try {
    return await Promise.race([failed, (async () => {
      // Only the exception-handling bundle ships (src/lib/duckdb-files.ts says why); without it the pre-rendered charts stay.
      if (!(await duckdb.getPlatformFeatures()).wasmExceptions) throw loadFailure('start', 'DuckDB-WASM needs WebAssembly exception handling');
      worker = new Worker(siteUrl(duckdbRoute(duckdb.PACKAGE_VERSION, DUCKDB_WORKER)));
      // A worker file that is missing or blocked never answers: its error event is the only sign.
      worker.addEventListener('error', () => fail(loadFailure('start', 'the DuckDB-WASM worker could not be loaded')));
      return connect(worker, progress, engineProgress);
    })()]);
  } catch (err) {
    (worker as Worker | null)?.terminate();
    // Anything else that stops the start (out of memory, a wasm the browser refuses) is a failed start too.
    throw failureReason(err) ? err : loadFailure('start', String(err));
  } finally {
    clearTimeout(timer);
  }
}

async function connect(worker: Worker, progress: () => void, engineProgress: DownloadProgress): Promise<duckdb.AsyncDuckDBConnection> {
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // Without its wasm the engine cannot start, whatever kept the file from arriving.
  const wasm = await wasmUrl(engineProgress).catch((err: unknown) => { throw loadFailure('start', err instanceof Error ? err.message : String(err)); });
  progress();
  await db.instantiate(wasm).finally(() => URL.revokeObjectURL(wasm));
  progress();
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
      await conn.insertArrowFromIPCStream(await download(siteUrl(`data/${table}.arrow`), progress), { name: table });
      progress();
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
      if (!conn) {
        conn = open();
        // A failed start is tried again on the next question.
        conn.catch(() => { conn = null; });
      }
      const table = await (await conn).query(sqlFor(name, params));
      return table.toArray().map((r) => normaliseRow((r as { toJSON(): Record<string, unknown> }).toJSON()));
    },
  };
}
