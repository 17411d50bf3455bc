/**
 * `npm run bench`: serves the production build (dist/, run `npm run build` first) as a static host does (its
 * precompressed copies, nothing compressed on the fly: scripts/serve-dist.ts), prints what the largest files cost
 * over the wire, then drives Chromium with network throttling and prints, per page: first contentful paint, first chart visible, DuckDB ready, bytes before the
 * first chart and in total (bytes over the wire: compressed bodies plus headers), and control-change latency (median, p95 over ≥20 changes). Each page is measured twice:
 * pre-rendered (normal) and with pre-rendering switched off (`?noprerender`: charts drawn only after DuckDB-WASM
 * loads), so the gain is a ratio. Prints figures; never fails on slowness.
 *
 * BENCH_PROFILE = slow4g (default) | fast4g | none; BENCH_PAGES = comma-separated paths; BENCH_CHANGES = count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { serveDist } from './serve-dist.ts';
import { pagePath } from '../src/lib/paths.ts';
import { pageIds } from '../src/site/page-ids.ts';

const PORT = 4331;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Throughput in bytes/s, latency in ms (Chrome DevTools-style presets). */
const PROFILES: Record<string, { download: number; upload: number; latency: number } | null> = {
  slow4g: { download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, latency: 150 },
  fast4g: { download: (9 * 1024 * 1024) / 8, upload: (1.5 * 1024 * 1024) / 8, latency: 60 },
  none: null,
};
const profileName = process.env.BENCH_PROFILE ?? 'slow4g';
const profile = PROFILES[profileName];
if (profile === undefined) throw new Error(`Unknown BENCH_PROFILE ${profileName}`);
const CHANGES = Math.max(20, Number(process.env.BENCH_CHANGES ?? 20));

interface Result {
  fcp: number | null; firstChart: number | null; duckdbReady: number | null;
  bytesBeforeChart: number; bytesTotal: number; changeMedian: number | null; changeP95: number | null;
  queryMedian: number | null; drawMedian: number | null; firstMedian: number | null; firstMax: number | null; changes: number;
}

const quantile = (xs: number[], q: number): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

async function measure(browser: Browser, path: string, noPrerender: boolean): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.download, uploadThroughput: profile.upload,
    });
  }
  // Bytes on the wire (page and its workers), stamped with the wall-clock time each response finished.
  const transfers: { at: number; bytes: number }[] = [];
  context.on('requestfinished', (req) => {
    const at = Date.now();
    void req.sizes().then((s) => transfers.push({ at, bytes: s.responseBodySize + s.responseHeadersSize })).catch(() => {});
  });
  // First chart visible: a chart SVG laid out on screen (in no-prerender mode: one drawn in the browser).
  await page.addInitScript(`(() => {
    const check = () => {
      const svg = [...document.querySelectorAll('section[data-chart] [data-chart-figure] svg')].find((s) => {
        const sec = s.closest('section');
        const hidden = document.documentElement.classList.contains('no-prerender') && sec.dataset.rendered !== 'live';
        const r = s.getBoundingClientRect();
        return !hidden && r.width > 0 && r.height > 0;
      });
      if (svg) { window.__firstChart = performance.now(); window.__firstChartEpoch = performance.timeOrigin + window.__firstChart; }
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);

  await page.goto(`${ORIGIN}${path}${noPrerender ? '?noprerender' : ''}`, { waitUntil: 'load', timeout: 600_000 });
  const hasCharts = (await page.locator('section[data-chart]').count()) > 0;
  if (hasCharts) {
    await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined, null, { timeout: 600_000 });
    await page.locator('html[data-duckdb="ready"]').waitFor({ state: 'attached', timeout: 600_000 });
  }
  await page.waitForTimeout(500);
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    firstChart: (window as unknown as { __firstChart?: number }).__firstChart ?? null,
    firstChartEpoch: (window as unknown as { __firstChartEpoch?: number }).__firstChartEpoch ?? null,
    duckdbReady: performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? null,
  }));

  // Control changes, timed inside the page from the change event to the redrawn chart.
  // `first`: the value had not been shown before, so DuckDB ran the query (later visits reuse its result).
  let changes: { total: number; query: number; draw: number; first: boolean }[] = [];
  if (hasCharts) {
    changes = await page.evaluate(async (n) => {
      const select = [...document.querySelectorAll<HTMLSelectElement>('section[data-chart] select[data-key]')].find((s) => s.options.length >= 2);
      if (!select) return [];
      const section = select.closest('section')!;
      const values = [...select.options].map((o) => o.value).slice(0, 4);
      const out: { total: number; query: number; draw: number; first: boolean }[] = [];
      const seen = new Set([select.value]);
      for (let i = 0; i < n; i++) {
        const value = values[(i + 1) % values.length]!;
        const first = !seen.has(value);
        seen.add(value);
        const done = new Promise<{ at: number; queryMs: number; drawMs: number }>((resolve) => {
          section.addEventListener('chart:rendered', (e) => {
            const d = (e as CustomEvent<{ queryMs: number; drawMs: number }>).detail;
            resolve({ at: performance.now(), queryMs: d.queryMs, drawMs: d.drawMs });
          }, { once: true });
        });
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const r = await done;
        out.push({ total: r.at - t0, query: r.queryMs, draw: r.drawMs, first });
      }
      return out;
    }, CHANGES);
  }
  await page.waitForTimeout(300);
  await context.close();
  const before = t.firstChartEpoch === null ? 0 : transfers.filter((x) => x.at <= t.firstChartEpoch! + 5).reduce((a, x) => a + x.bytes, 0);
  return {
    fcp: t.fcp, firstChart: t.firstChart, duckdbReady: t.duckdbReady,
    bytesBeforeChart: before, bytesTotal: transfers.reduce((a, x) => a + x.bytes, 0),
    changeMedian: quantile(changes.map((c) => c.total), 0.5), changeP95: quantile(changes.map((c) => c.total), 0.95),
    queryMedian: quantile(changes.filter((c) => c.first).map((c) => c.query), 0.5), drawMedian: quantile(changes.map((c) => c.draw), 0.5),
    firstMedian: quantile(changes.filter((c) => c.first).map((c) => c.total), 0.5),
    firstMax: quantile(changes.filter((c) => c.first).map((c) => c.total), 1),
    changes: changes.length,
  };
}

/**
 * Reading a 26,000-character report in the browser (the Read a report page, no throttling: the reading is CPU work):
 * the reports in data/raw/reports joined and cut to length, pasted and read ten times; the page records each reading
 * as the performance measure 'report-read'.
 */
async function measureReportReading(browser: Browser): Promise<void> {
  const dir = 'data/raw/reports';
  const all = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  let text = all;
  while (text.length < 26_000) text += `\n${all}`;
  text = text.slice(0, 26_000);
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${pagePath('reports', 'zh')}`, { waitUntil: 'load' });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.locator('#rr-text').fill(i % 2 ? text : `${text.slice(0, -1)} `);
    await page.locator('[data-rr-form] button[type=submit]').click();
    times.push(await page.evaluate(() => performance.getEntriesByName('report-read').at(-1)!.duration));
  }
  const figures = await page.locator('[data-rr-doc] mark').count();
  await page.close();
  console.log(`report reading: ${text.length} characters, ${figures} figures, read in median ${ms(quantile(times, 0.5))}, max ${ms(quantile(times, 1))} (n=${times.length})\n`);
}

/** The largest files of the build: raw size, and what a browser accepting brotli and gzip receives. */
async function wireSizes(): Promise<void> {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (!/\.(br|gz)$/.test(e.name) || e.name.endsWith('.wasm.gz')))
    .map((e) => join(e.parentPath, e.name))
    .map((f) => ({ path: `/${relative('dist', f)}`, raw: statSync(f).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 8);
  console.log('Largest files, as served (bytes over the wire with Accept-Encoding: br, gzip):');
  for (const f of files) {
    const res = await fetch(`${ORIGIN}${f.path}`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br, gzip' } });
    const wire = Number(res.headers.get('content-length'));
    console.log(`  ${f.path.padEnd(56)} ${kb(f.raw).padStart(11)} → ${kb(wire).padStart(11)} ${res.headers.get('content-encoding') ?? '(as is)'}`);
  }
  console.log('');
}

const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first');
  const pages = process.env.BENCH_PAGES
    ? process.env.BENCH_PAGES.split(',')
    : pageIds().map((id) => pagePath(id, 'zh')).filter((p) => existsSync(join('dist', p, 'index.html')));
  const server = await serveDist(PORT);
  await wireSizes();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  console.log(`Network profile: ${profileName}${profile ? ` (${Math.round((profile.download * 8) / 1024)} kbit/s down, ${profile.latency} ms latency)` : ''}; ${CHANGES} control changes per page\n`);
  try {
    for (const path of pages) {
      const pre = await measure(browser, path, false);
      const off = await measure(browser, path, true);
      const ratio = pre.firstChart && off.firstChart ? (off.firstChart / pre.firstChart).toFixed(1) : '—';
      console.log(`${path}`);
      console.log(`  pre-rendered : FCP ${ms(pre.fcp)} · first chart ${ms(pre.firstChart)} · DuckDB ready ${ms(pre.duckdbReady)} · before chart ${kb(pre.bytesBeforeChart)} · total ${kb(pre.bytesTotal)} · change median ${ms(pre.changeMedian)}, p95 ${ms(pre.changeP95)} (n=${pre.changes}; draw median ${ms(pre.drawMedian)}; first visits of a value: median ${ms(pre.firstMedian)}, max ${ms(pre.firstMax)}, DuckDB query median ${ms(pre.queryMedian)})`);
      console.log(`  no pre-render: FCP ${ms(off.fcp)} · first chart ${ms(off.firstChart)} · DuckDB ready ${ms(off.duckdbReady)} · before chart ${kb(off.bytesBeforeChart)} · total ${kb(off.bytesTotal)}`);
      console.log(`  first chart: ${ratio}× sooner with pre-rendering\n`);
    }
    await measureReportReading(browser);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
