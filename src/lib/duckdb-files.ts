/**
 * Where the site serves DuckDB-WASM (never a CDN): one bundle, under a folder named after the package version so the
 * files can be cached for good. Only the "eh" bundle (WebAssembly exception handling) is shipped: every browser the
 * site's own scripts support (the build target, Chrome/Edge 111, Firefox 114, Safari 16.4) has exception handling
 * (Chrome 95, Firefox 100, Safari 15.2), so the larger "mvp" bundle would never be chosen. The wasm is shipped
 * gzip-compressed (7.7 MB instead of 34 MB) and inflated in the browser: one file that any static host serves as it
 * is, below every host's file-size limit, with no MIME type or compression settings needed.
 */
export const DUCKDB_WORKER = 'duckdb-browser-eh.worker.js';
export const DUCKDB_WASM = 'duckdb-eh.wasm';
/** The shipped form of the wasm (gzip, inflated by the browser's DecompressionStream). */
export const DUCKDB_WASM_GZ = `${DUCKDB_WASM}.gz`;

/** Path of a DuckDB file under the site base, without the base: 'duckdb/1.32.0/duckdb-eh.wasm.gz'. */
export function duckdbRoute(version: string, file: string): string {
  return `duckdb/${version}/${file}`;
}
