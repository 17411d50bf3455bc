// @ts-check
import { defineConfig } from 'astro/config';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parquetToArrow, writeArrowFiles } from './src/lib/arrow-export.ts';
import { OMITTED_COLUMNS } from './src/lib/query-runner.ts';

/** DuckDB-WASM files served by the site itself under /duckdb/ (never a CDN). eh first, mvp as fallback. */
const DUCKDB_FILES = ['duckdb-browser-eh.worker.js', 'duckdb-eh.wasm', 'duckdb-browser-mvp.worker.js', 'duckdb-mvp.wasm'];
const duckdbDist = new URL('./node_modules/@duckdb/duckdb-wasm/dist/', import.meta.url);

/**
 * Copies the DuckDB-WASM bundles into the build (and serves them in dev) at /duckdb/, and writes the Arrow copies
 * of the data tables the browser loads (/data/<table>.arrow).
 */
function duckdbBundles() {
  return {
    name: 'duckdb-bundles',
    hooks: {
      /** @param {{ server: import('vite').ViteDevServer }} opts */
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const table = req.url?.match(/^\/data\/(observations|sources|labels)\.arrow$/)?.[1];
          if (table) {
            const file = fileURLToPath(new URL(`./public/data/${table}.parquet`, import.meta.url));
            res.setHeader('Content-Type', 'application/vnd.apache.arrow.stream');
            res.end(await parquetToArrow(file, OMITTED_COLUMNS[/** @type {'observations'} */ (table)] ?? []));
            return;
          }
          const name = req.url?.match(/^\/duckdb\/([\w.-]+)$/)?.[1];
          if (!name || !DUCKDB_FILES.includes(name)) return next();
          res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
          res.end(await readFile(new URL(name, duckdbDist)));
        });
      },
      /** @param {{ dir: URL }} opts */
      'astro:build:done': async ({ dir }) => {
        const out = new URL('duckdb/', dir);
        await mkdir(out, { recursive: true });
        for (const f of DUCKDB_FILES) await copyFile(fileURLToPath(new URL(f, duckdbDist)), fileURLToPath(new URL(f, out)));
        await writeArrowFiles(fileURLToPath(new URL('data/', dir)));
      },
    },
  };
}

// Static site: Chinese at /, English at /en/. Every URL ends in a slash so links, embeds and tests agree.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'zh',
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [duckdbBundles()],
});
