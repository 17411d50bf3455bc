// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { duckdbBundles } from './src/integrations/duckdb-bundles.ts';
import { hostFiles } from './src/integrations/host-files.ts';

// Where the site is published (docs/deploy.md): BASE_PATH is the path it lives under ('/' by default, e.g. /chwd/ on
// a GitHub Pages project site); SITE_URL the origin readers and search engines see (absolute hreflang, canonical,
// sitemap and social-card addresses; left out when unset). Every site address goes through src/lib/paths.ts.
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const site = process.env.SITE_URL || undefined;

// Static site: Chinese at /, English at /en/ (routes from src/site/pages.ts). Every URL ends in a slash so links,
// embeds and tests agree. The data build writes public/data; the site build only reads it.
export default defineConfig({
  output: 'static',
  base,
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'zh',
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), duckdbBundles(), hostFiles()],
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
