/**
 * Astro integration: what a static host needs beside the pages, written after the build: `_headers`
 * (src/integrations/headers.ts), sitemap.xml and robots.txt when SITE_URL is set, then brotli and gzip copies of
 * every text file (src/integrations/precompress.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageIds } from '../site/page-ids.ts';
import { headerRules, headersFile } from './headers.ts';
import { precompress } from './precompress.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';

export function hostFiles(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await writeFile(join(out, '_headers'), headersFile(headerRules(base, pageIds())));
        if (site) {
          await writeFile(join(out, 'sitemap.xml'), sitemapXml(site, base, pageIds()));
          await writeFile(join(out, 'robots.txt'), robotsTxt(site, base));
        } else {
          logger.info('SITE_URL is not set: no sitemap, canonical or absolute language links (docs/deploy.md)');
        }
        logger.info(`precompressed ${await precompress(out)} files (.br, .gz)`);
      },
    },
  };
}
