// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** DuckDB-WASM files served by the site itself under /duckdb/ (never a CDN). eh first, mvp as fallback. */
const DUCKDB_FILES = ['duckdb-browser-eh.worker.js', 'duckdb-eh.wasm', 'duckdb-browser-mvp.worker.js', 'duckdb-mvp.wasm'];
const duckdbDist = new URL('./node_modules/@duckdb/duckdb-wasm/dist/', import.meta.url);

/** Copies the DuckDB-WASM bundles into the build (and serves them in dev) at /duckdb/. */
function duckdbBundles() {
  return {
    name: 'duckdb-bundles',
    hooks: {
      /** @param {{ server: import('vite').ViteDevServer }} opts */
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const name = req.url?.match(/\/duckdb\/([\w.-]+)$/)?.[1];
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
      },
    },
  };
}

// Static site: Chinese at /, English at /en/ (routes from src/site/pages.ts). Every URL ends in a slash so links,
// embeds and tests agree. The data build writes public/data; the site build only reads it.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'zh',
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), duckdbBundles()],
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX marker trips the bundler's directive check (withastro/astro#18087); it is harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
