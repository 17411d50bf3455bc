/**
 * What the benchmark serves: dist/ as it is (linked, not copied) plus, under /__bench/arch/, the bench-only page of
 * scripts/bench/arch/ built with Vite and the data files it reads, made from the built pages' charts. The folder is
 * bench-results/site/, never published. Pages: `/__bench/arch/?mode=framework|duckdb&page=<key>`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { build } from 'vite';
import { precompress } from '../../src/integrations/precompress.ts';

export const SERVED = resolve('bench-results/site');
export const ARCH_BASE = '/__bench/arch/';

/** The key of a page path in file names: '/' → 'index', '/en/training/' → 'en-training'. */
export const pageKey = (path: string) => path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index';

interface ChartSpec { id: string; lang: string; defaults: unknown; rows: unknown[] }

/** The charts of a built page: id, language, default state and rows (from each chart's payload). */
function chartsOf(path: string): ChartSpec[] {
  const { document } = parseHTML(readFileSync(join('dist', path, 'index.html'), 'utf8'));
  return [...document.querySelectorAll('section[data-chart]')].map((el) => {
    const payload = JSON.parse(el.querySelector('script[data-chart-payload]')!.textContent!) as { defaults: unknown; rows: unknown[] };
    return { id: el.getAttribute('data-chart')!, lang: el.getAttribute('data-lang') ?? 'zh', defaults: payload.defaults, rows: payload.rows };
  });
}

/** Builds the served folder; returns the page paths (of `pages`) that have charts, i.e. those with comparison pages. */
export async function buildServedSite(pages: readonly string[]): Promise<string[]> {
  rmSync(SERVED, { recursive: true, force: true });
  mkdirSync(SERVED, { recursive: true });
  for (const name of readdirSync('dist')) symlinkSync(resolve('dist', name), join(SERVED, name));
  const out = join(SERVED, ARCH_BASE);
  await build({
    // The page lives under ARCH_BASE, but the site code it imports addresses the site's own files from its root (BASE '/').
    configFile: false, logLevel: 'warn', base: '/',
    experimental: { renderBuiltUrl: (file: string) => `${ARCH_BASE}${file}` },
    root: fileURLToPath(new URL('./arch/', import.meta.url)),
    build: { outDir: out, emptyOutDir: true, reportCompressedSize: false },
  });
  mkdirSync(join(out, 'data'), { recursive: true });
  const withCharts: string[] = [];
  for (const path of pages) {
    if (!existsSync(join('dist', path, 'index.html'))) continue;
    const charts = chartsOf(path);
    if (charts.length === 0) continue;
    withCharts.push(path);
    writeFileSync(join(out, 'data', `${pageKey(path)}.json`), JSON.stringify(charts));
    writeFileSync(join(out, 'data', `${pageKey(path)}.spec.json`), JSON.stringify(charts.map(({ rows: _, ...rest }) => rest)));
  }
  await precompress(out);
  return withCharts;
}

export const archUrl = (origin: string, mode: 'framework' | 'duckdb', path: string) => `${origin}${ARCH_BASE}?mode=${mode}&page=${pageKey(path)}`;
