/**
 * Astro integration: puts the DuckDB-WASM worker and the gzip-compressed wasm into the build under
 * <base>duckdb/<version>/ (src/lib/duckdb-files.ts), and serves the same addresses from the dev server.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { DUCKDB_WASM, DUCKDB_WASM_GZ, DUCKDB_WORKER, duckdbRoute } from '../lib/duckdb-files.ts';

// (The package's exports hide package.json, so it is read from its folder.)
const pkgDir = fileURLToPath(new URL('../../node_modules/@duckdb/duckdb-wasm/', import.meta.url));
const version = (JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
const dist = (file: string) => join(pkgDir, 'dist', file);

/** The shipped files and their contents: the worker as published, the wasm gzip-compressed. */
async function files(): Promise<Map<string, Buffer>> {
  return new Map([
    [DUCKDB_WORKER, await readFile(dist(DUCKDB_WORKER))],
    [DUCKDB_WASM_GZ, gzipSync(await readFile(dist(DUCKDB_WASM)), { level: 9 })],
  ]);
}

export function duckdbBundles(): AstroIntegration {
  let base = '/';
  let served: Promise<Map<string, Buffer>> | null = null;
  return {
    name: 'duckdb-bundles',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base.replace(/\/?$/, '/'); },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          // (Depending on the middleware order the dev server has or has not taken the base off already.)
          const path = req.url?.split('?')[0] ?? '';
          const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
          const prefix = duckdbRoute(version, '');
          if (!rest.startsWith(prefix)) return next();
          const body = (await (served ??= files())).get(rest.slice(prefix.length));
          if (!body) return next();
          res.setHeader('Content-Type', rest.endsWith('.js') ? 'text/javascript' : 'application/gzip');
          res.end(body);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), duckdbRoute(version, ''));
        await mkdir(out, { recursive: true });
        for (const [name, body] of await files()) await writeFile(join(out, name), body);
      },
    },
  };
}
