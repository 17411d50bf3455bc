import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageIds } from '../../../../src/site/page-ids.ts';
import { headerRules, headersFile } from '../../../../src/integrations/headers.ts';
import { robotsTxt, sitemapXml } from '../../../../src/integrations/sitemap.ts';
import { root } from '../../helpers/pipeline.ts';

const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.html')) ? false : 'no build in dist/ (npm run build)';

test('the build fits every static host: no file over 25 MiB (Cloudflare Pages), under 20,000 files, no raw wasm', { skip: built }, () => {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  assert.ok(files.length < 20_000, `${files.length} files`);
  const big = files.filter((f) => statSync(f).size > 25 * 2 ** 20);
  assert.deepEqual(big, []);
  assert.deepEqual(files.filter((f) => f.endsWith('.wasm')), [], 'the wasm ships gzip-compressed only');
  assert.equal(files.filter((f) => f.endsWith('.wasm.gz')).length, 1, 'one DuckDB bundle');
});

test('the build has its host files: _headers from the rules, a 404 page in both languages', { skip: built }, () => {
  assert.equal(readFileSync(join(dist, '_headers'), 'utf8'), headersFile(headerRules('/', pageIds())));
  const notFound = readFileSync(join(dist, '404.html'), 'utf8');
  assert.match(notFound, /找不到这个页面/);
  assert.match(notFound, /Page not found/);
});

test('sitemap: every page in both languages with absolute alternates; robots.txt points to it', () => {
  const xml = sitemapXml('https://example.org', '/chwd/', ['index', 'training']);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual(locs, ['https://example.org/chwd/', 'https://example.org/chwd/en/', 'https://example.org/chwd/training/', 'https://example.org/chwd/en/training/']);
  assert.match(xml, /hreflang="zh-CN" href="https:\/\/example.org\/chwd\/training\/"/);
  assert.match(xml, /hreflang="x-default" href="https:\/\/example.org\/chwd\/training\/"/);
  assert.equal(robotsTxt('https://example.org', '/chwd/'), 'User-agent: *\nAllow: /\nSitemap: https://example.org/chwd/sitemap.xml\n');
});
