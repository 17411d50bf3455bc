/**
 * `npm run bench`: how fast the production build (dist/, run `npm run build` first) is for a reader. Serves it as a
 * static host does (its precompressed copies, nothing compressed on the fly: scripts/serve-dist.ts) and drives
 * Chromium with a network profile and CPU slowdown (DevTools protocol), a fresh profile per page:
 *
 * - per page (every page and every embed): first contentful paint, largest contentful paint, the first chart
 *   painted, total blocking time, bytes before the first chart and in total over the wire, on a cold visit and on a
 *   repeat visit (warm cache);
 * - control changes (pages): every control of every chart, at least --changes per page spread over all values, each
 *   control scrolled into view first as a reader would (a second's look at a chart when first reached), timed from
 *   the input to the frame painted with the new drawing and to the frame painted after the whole update, first visits
 *   of a state and revisits apart, views drawn ahead and views drawn on the change apart (p50/p95/max), split into the wait before the redraw, answer lookup or SQL, marks +
 *   Plot, the drawing's frame, table, listeners, last frame; bytes the changes pulled in; the machine's load average;
 * - the engine files: DuckDB-WASM started on a first and on a repeat visit — the repeat must transfer no engine bytes;
 * - three architectures on the same pages, as ratios to this site: the charts drawn in the browser from a small data
 *   file (Observable Framework pattern) and from DuckDB-WASM started on load (Evidence pattern), both on a bench-only
 *   page (scripts/bench/arch/, never published);
 * - what the largest files cost over the wire, and reading a long report in the browser.
 *
 * Prints figures and writes them to bench-results/bench.json; never fails on slowness (a benchmark is not a test).
 *
 * Flags (environment variables in brackets):
 *   --profile fast4g|slow4g|none  network profile (BENCH_PROFILE; default fast4g)
 *   --cpu N                        CPU slowdown (BENCH_CPU; default 4)
 *   --width N                      viewport width (BENCH_WIDTH; default 375, a phone)
 *   --pages /a/,/b/                only these paths (BENCH_PAGES)
 *   --changes N                    control changes per page, at least (BENCH_CHANGES; default 50)
 *   --page-limit S                 longest a page may take, in seconds (BENCH_PAGE_LIMIT; default 900): a page that
 *                                  stalls is reported with where it was and its JavaScript stack, and the run goes on;
 *                                  a page that falls behind (one step stuck 40 s, or a change not redrawn in 15 s) is
 *                                  traced for 5 s then, once, into bench-results/stuck-<page>.trace.json
 *   --no-embeds --no-arch --no-controls --no-report   leave a section out
 *   --data --parquet --explore     add the data-build, Parquet and Explore-page benchmarks (scripts/bench/data-build.ts, parquet.ts, explore.ts)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { serveDist } from './serve-dist.ts';
import { embedPath, pagePath } from '../src/lib/paths.ts';
import { pageIds } from '../src/site/page-ids.ts';
import { archUrl, buildServedSite, SERVED } from './bench/arch-site.ts';
import { NETWORK_PROFILES, Session, Stalled, type LoadResult, type ProfileName, type SessionOptions, type Stall } from './bench/browser-run.ts';
import type { ChangeSample } from './bench/in-page.ts';
import { kb, ms, quantile, ratio, round, spread, times } from './bench/stats.ts';

const PORT = Number(process.env.PREVIEW_PORT ?? 4331);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'bench-results/bench.json';
/** Where the trace of a page's first stuck step goes (browser-run.ts, Session.watch): one file per page and stage. */
const stuckTrace = (what: string) => ({ file: `bench-results/stuck-${what.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.trace.json` });

const { values: flags } = parseArgs({
  options: {
    profile: { type: 'string', default: process.env.BENCH_PROFILE ?? 'fast4g' },
    cpu: { type: 'string', default: process.env.BENCH_CPU ?? '4' },
    width: { type: 'string', default: process.env.BENCH_WIDTH ?? '375' },
    pages: { type: 'string', default: process.env.BENCH_PAGES },
    changes: { type: 'string', default: process.env.BENCH_CHANGES ?? '50' },
    'page-limit': { type: 'string', default: process.env.BENCH_PAGE_LIMIT ?? '900' },
    'no-embeds': { type: 'boolean', default: false },
    'no-arch': { type: 'boolean', default: false },
    'no-controls': { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
    data: { type: 'boolean', default: false },
    parquet: { type: 'boolean', default: false },
    explore: { type: 'boolean', default: false },
  },
});
if (!(flags.profile! in NETWORK_PROFILES)) throw new Error(`Unknown profile ${flags.profile} (fast4g, slow4g, none)`);
const session: SessionOptions = {
  profile: flags.profile as ProfileName, cpu: Number(flags.cpu), width: Number(flags.width), height: Number(flags.width) < 640 ? 812 : 900,
};
const CHANGES = Math.max(50, Number(flags.changes));
/** Longest a page may take (cold visit, changes and repeat visit), in seconds: one that stalls is reported, not waited for. */
const PAGE_LIMIT_S = Number(flags['page-limit']);
const CHANGE_OPTIONS = { min: CHANGES, max: Math.max(CHANGES * 3, 150), dwell: 100, look: 1000, rangeSteps: 12 };

// ── Page loads ────────────────────────────────────────────────────────────────────────────────────────────────

interface ChangeSummary {
  controls: number; values: number; changes: number; refused: string[]; skipped: string[];
  /** The page's first change: input to the new drawing painted, and to the whole update painted. */
  firstShown: number | null; firstChange: number | null;
  /** Input to the new drawing painted (all changes, first visits of a state, revisits). */
  shown: ReturnType<typeof spread>; shownFirstVisits: ReturnType<typeof spread>; shownRevisits: ReturnType<typeof spread>;
  /** Input to the new drawing painted, when the page had drawn that view ahead and when it drew it on the change. */
  shownAhead: ReturnType<typeof spread>; shownOnChange: ReturnType<typeof spread>;
  /** Input to the whole update (drawing, table, listeners) painted. */
  firstVisits: ReturnType<typeof spread>; revisits: ReturnType<typeof spread>; all: ReturnType<typeof spread>;
  /** Medians and p95 of the parts of a change (all changes). */
  parts: Record<'wait' | 'lookup' | 'plot' | 'frame' | 'table' | 'listeners' | 'paint', { p50: number | null; p95: number | null }>;
  longestTask: number; tasksOver50: number; bytes: number; engineBytes: number;
}

/** The machine's load averages (1, 5, 15 min), rounded: a busy machine slows every figure, so each carries it. */
const load = (): number[] => loadavg().map((x) => round(x)!);

/** `trace`: the file of a trace recorded when the page fell behind (a change not redrawn), if it did. */
interface PageResult { path: string; load: number[]; cold: LoadResult; warm: LoadResult; changes: ChangeSummary | null; samples?: ChangeSample[]; trace: string | null }
/** A page that did not settle within the limit: where it was. */
interface StalledPage { path: string; load: number[]; stalled: Stall }
type PageOutcome = PageResult | StalledPage;
const measured = (r: PageOutcome | undefined): r is PageResult => r !== undefined && !('stalled' in r);

function summarise(run: Awaited<ReturnType<Session['changeControls']>>): ChangeSummary {
  const s = run.samples;
  const part = (k: keyof ChangeSummary['parts']) => ({ p50: round(quantile(s.map((x) => x[k]), 0.5)), p95: round(quantile(s.map((x) => x[k]), 0.95)) });
  return {
    controls: run.controls, values: run.values, changes: s.length, refused: run.refused, skipped: run.skipped,
    firstShown: round(s.find((x) => x.pageFirst)?.shown ?? null),
    firstChange: round(s.find((x) => x.pageFirst)?.total ?? null),
    shown: spread(s.map((x) => x.shown)),
    shownFirstVisits: spread(s.filter((x) => x.first).map((x) => x.shown)),
    shownRevisits: spread(s.filter((x) => !x.first).map((x) => x.shown)),
    shownAhead: spread(s.filter((x) => x.ahead).map((x) => x.shown)),
    shownOnChange: spread(s.filter((x) => !x.ahead).map((x) => x.shown)),
    firstVisits: spread(s.filter((x) => x.first).map((x) => x.total)),
    revisits: spread(s.filter((x) => !x.first).map((x) => x.total)),
    all: spread(s.map((x) => x.total)),
    parts: { wait: part('wait'), lookup: part('lookup'), plot: part('plot'), frame: part('frame'), table: part('table'), listeners: part('listeners'), paint: part('paint') },
    longestTask: round(Math.max(0, ...run.longTasks.map(([, d]) => d)))!, tasksOver50: run.longTasks.length,
    bytes: run.bytes, engineBytes: run.engineBytes,
  };
}

/** A page cold, then (pages only) the reader's control changes, then a repeat visit with the warm cache. */
async function measurePage(path: string, controls: boolean): Promise<PageOutcome> {
  const s = await Session.open(session, stuckTrace(path));
  const atStart = load();
  const work = async (): Promise<PageResult> => {
    s.stage = 'the cold visit';
    const cold = await s.visit(`${ORIGIN}${path}`);
    s.stage = 'the control changes';
    const run = controls ? await s.changeControls(CHANGE_OPTIONS) : null;
    s.stage = 'the repeat visit';
    const warm = await s.visit(`${ORIGIN}${path}`);
    return { path, load: atStart, cold, warm, changes: run && run.samples.length ? summarise(run) : null, samples: run?.samples, trace: s.trace };
  };
  try {
    return await s.within(PAGE_LIMIT_S * 1000, work());
  } catch (err) {
    if (err instanceof Stalled) return { path, load: atStart, stalled: err.stall };
    throw err;
  } finally {
    await s.close();
  }
}

/** Where a page that did not settle was. */
function printStall(st: Stall): void {
  console.log(`  STALLED: not settled after ${st.afterS} s, in ${st.stage}${st.step ? `: ${st.step}` : ''}`);
  console.log(st.stack ? `  its JavaScript, innermost first:\n${st.stack.map((f) => `    at ${f}`).join('\n')}` : '  (no stack: no JavaScript ran within 10 s, or one task never ended)');
  if (st.trace) console.log(`  a trace of the browser while that step was stuck: ${st.trace} (open it in DevTools' Performance panel)`);
}

function printPage(r: PageOutcome): void {
  if (!measured(r)) {
    console.log(`${r.path}   (load average ${r.load.join(' ')})`);
    printStall(r.stalled);
    return;
  }
  const load = (l: LoadResult) =>
    `FCP ${ms(l.fcp)} · LCP ${ms(l.lcp)} · first chart ${ms(l.firstChart)} · TBT ${ms(l.tbt)} (longest task ${ms(l.longestTask)}) · before chart ${kb(l.bytesBeforeChart)} · total ${kb(l.bytesTotal)} (${l.requests} requests, ${l.fromCache} from cache)`;
  console.log(`${r.path}   (load average ${r.load.join(' ')})`);
  console.log(`  cold : ${load(r.cold)}`);
  console.log(`  warm : ${load(r.warm)}`);
  const c = r.changes;
  if (!c) return;
  const sp = (x: ReturnType<typeof spread>) => `p50 ${ms(x.p50)} · p95 ${ms(x.p95)} · max ${ms(x.max)} (n=${x.n})`;
  const pp = (k: keyof ChangeSummary['parts']) => `${ms(c.parts[k].p50)}/${ms(c.parts[k].p95)}`;
  console.log(`  controls: ${c.controls} controls, ${c.values} values, ${c.changes} changes; first change: drawing painted ${ms(c.firstShown)}, whole update ${ms(c.firstChange)}`);
  if (c.refused.length) console.log(`  refused by the page with an error shown (${c.refused.length}; nothing to redraw): ${c.refused.join('; ')}`);
  if (c.skipped.length) console.log(`  NOT REDRAWN within 15 s (${c.skipped.length}; left out of the figures): ${c.skipped.join('; ')}`);
  if (r.trace) console.log(`  a trace of the browser when the first of them was not redrawn: ${r.trace}`);
  console.log(`    drawing painted, all   : ${sp(c.shown)}`);
  console.log(`      first visits / revisits: ${sp(c.shownFirstVisits)} / ${sp(c.shownRevisits)}`);
  console.log(`      drawn ahead / drawn on the change: ${sp(c.shownAhead)} / ${sp(c.shownOnChange)}`);
  console.log(`    whole update, first visits: ${sp(c.firstVisits)}`);
  console.log(`    whole update, revisits    : ${sp(c.revisits)}`);
  console.log(`    parts p50/p95: wait ${pp('wait')} · lookup ${pp('lookup')} · marks+Plot+insert ${pp('plot')} · frame ${pp('frame')} · table ${pp('table')} · listeners ${pp('listeners')} · last frame ${pp('paint')}`);
  console.log(`    longest task ${ms(c.longestTask)} (${c.tasksOver50} over 50 ms) · bytes ${kb(c.bytes)} (engine ${kb(c.engineBytes)}) · page + controls ${kb(r.cold.bytesTotal + c.bytes)}`);
}

// ── Engine files: cached for good ──────────────────────────────────────────────────────────────────────────────

/** DuckDB-WASM started on a page (the debugging hook runs a query), on a first and on a repeat visit. */
async function measureEngineCache(path: string): Promise<{ path: string; first: number; repeat: number; firstReady: number | null; repeatReady: number | null }> {
  // Bytes are the point here: the network profile applies, the CPU runs unthrottled (compiling the wasm at 4× takes minutes).
  const s = await Session.open({ ...session, cpu: 1 }, stuckTrace(`engine ${path}`));
  const start = async (page: import('@playwright/test').Page) => {
    await page.evaluate(() => (window as unknown as { chwdQuery(n: string): Promise<unknown> }).chwdQuery('source_list'));
  };
  const ready = () => s.page.evaluate(() => performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? null);
  const work = async () => {
    s.stage = 'the first visit starting the engine';
    const first = await s.visit(`${ORIGIN}${path}`, start);
    const firstReady = await ready();
    s.stage = 'the repeat visit starting the engine';
    const repeat = await s.visit(`${ORIGIN}${path}`, start);
    return { path, first: first.engineBytes, repeat: repeat.engineBytes, firstReady: round(firstReady), repeatReady: round(await ready()) };
  };
  try {
    return await s.within(PAGE_LIMIT_S * 1000, work());
  } finally {
    await s.close();
  }
}

// ── Architectures ──────────────────────────────────────────────────────────────────────────────────────────────

interface ArchResult { path: string; site: LoadResult; framework: LoadResult; duckdb: LoadResult }

async function coldVisit(url: string): Promise<LoadResult> {
  const s = await Session.open(session, stuckTrace(new URL(url).pathname));
  s.stage = 'a cold visit';
  try { return await s.within(PAGE_LIMIT_S * 1000, s.visit(url)); } finally { await s.close(); }
}

function printArch(a: ArchResult): void {
  const row = (name: string, l: LoadResult) =>
    `  ${name.padEnd(28)} first chart ${ms(l.firstChart).padStart(8)} (${times(ratio(l.firstChart, a.site.firstChart)).padStart(6)}) · TBT ${ms(l.tbt).padStart(7)} · before chart ${kb(l.bytesBeforeChart).padStart(10)} (${times(ratio(l.bytesBeforeChart, a.site.bytesBeforeChart)).padStart(6)}) · total ${kb(l.bytesTotal).padStart(10)} (${times(ratio(l.bytesTotal, a.site.bytesTotal)).padStart(6)})`;
  console.log(a.path);
  console.log(row('pre-rendered + answers', a.site));
  console.log(row('data file + Plot', a.framework));
  console.log(row('client-only DuckDB-WASM', a.duckdb));
}

// ── Wire sizes and report reading (no throttling) ─────────────────────────────────────────────────────────────

/** The largest files of the build: raw size, and what a browser accepting brotli and gzip receives. */
async function wireSizes(): Promise<{ path: string; raw: number; wire: number; encoding: string | null }[]> {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (!/\.(br|gz)$/.test(e.name) || e.name.endsWith('.wasm.gz')))
    .map((e) => join(e.parentPath, e.name))
    .map((f) => ({ path: `/${relative('dist', f)}`, raw: statSync(f).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 8);
  console.log('Largest files, as served (bytes over the wire with Accept-Encoding: br, gzip):');
  const out = [];
  for (const f of files) {
    const res = await fetch(`${ORIGIN}${f.path}`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br, gzip' } });
    const wire = Number(res.headers.get('content-length'));
    out.push({ ...f, wire, encoding: res.headers.get('content-encoding') });
    console.log(`  ${f.path.padEnd(56)} ${kb(f.raw).padStart(11)} → ${kb(wire).padStart(11)} ${res.headers.get('content-encoding') ?? '(as is)'}`);
  }
  console.log('');
  return out;
}

/**
 * Reading a 26,000-character report in the browser (the Read a report page, no throttling: the reading is CPU work):
 * the reports in data/raw/reports joined and cut to length, pasted and read ten times; the page records each reading
 * as the performance measure 'report-read'.
 */
async function measureReportReading(browser: Browser): Promise<{ characters: number; figures: number; median: number | null; max: number | null }> {
  const dir = 'data/raw/reports';
  const all = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  let text = all;
  while (text.length < 26_000) text += `\n${all}`;
  text = text.slice(0, 26_000);
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}${pagePath('reports', 'zh')}`, { waitUntil: 'load' });
  const readings: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.locator('#rr-text').fill(i % 2 ? text : `${text.slice(0, -1)} `);
    await page.locator('[data-rr-form] button[type=submit]').click();
    readings.push(await page.evaluate(() => performance.getEntriesByName('report-read').at(-1)!.duration));
  }
  const figures = await page.locator('[data-rr-doc] mark').count();
  await page.close();
  const r = { characters: text.length, figures, median: round(quantile(readings, 0.5)), max: round(quantile(readings, 1)) };
  console.log(`report reading: ${r.characters} characters, ${r.figures} figures, read in median ${ms(r.median)}, max ${ms(r.max)} (n=${readings.length})\n`);
  return r;
}

// ── Sections other benchmarks provide ─────────────────────────────────────────────────────────────────────────

/** `--data`, `--parquet`, `--explore` → scripts/bench/data-build.ts, parquet.ts, explore.ts: each exports run(): Promise<object>. */
async function optionalSection(file: string): Promise<object | null> {
  const url = new URL(`./bench/${file}.ts`, import.meta.url);
  if (!existsSync(url)) {
    console.log(`(scripts/bench/${file}.ts is not there: section left out)\n`);
    return null;
  }
  console.log(`── scripts/bench/${file}.ts ──`);
  const m = (await import(url.href)) as { run(): Promise<object> };
  return m.run();
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────────────────────

function commit(): string | null {
  try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return null; }
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first');
  const exists = (p: string) => existsSync(join('dist', p, 'index.html'));
  const pages = flags.pages
    ? flags.pages.split(',')
    : pageIds().map((id) => pagePath(id, 'zh')).filter(exists);
  const embeds = flags.pages || flags['no-embeds']
    ? []
    : readdirSync('dist/embed').map((id) => embedPath(id, 'zh')).filter(exists).sort();
  const chartPages = await buildServedSite(pages);
  const server = await serveDist(PORT, { dir: SERVED });
  mkdirSync('bench-results', { recursive: true });
  // Written after each section, so an interrupted run keeps what it measured.
  const save = () => writeFileSync(OUT, `${JSON.stringify(results, null, 1)}\n`);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(), commit: commit(), loadAtStart: load(),
    settings: { ...session, network: NETWORK_PROFILES[session.profile], changesPerPage: CHANGES, dwellMs: CHANGE_OPTIONS.dwell, lookMs: CHANGE_OPTIONS.look },
  };
  try {
    results.wireSizes = await wireSizes();
    const net = NETWORK_PROFILES[session.profile];
    console.log(`Network ${session.profile}${net ? ` (${Math.round((net.download * 8) / 1000)} kbit/s down, ${net.latency} ms round trip)` : ''}, CPU ${session.cpu}× slower, viewport ${session.width} px; fresh profile per page: cold visit, control changes, repeat visit\n`);

    /** Each path measured and printed in turn (embeds have no controls worth changing). */
    const measureAll = async (paths: string[], controls: boolean): Promise<PageOutcome[]> => {
      const out: PageOutcome[] = [];
      for (const path of paths) {
        const r = await measurePage(path, controls);
        printPage(r);
        out.push(r);
      }
      return out;
    };
    const pageResults = await measureAll(pages, !flags['no-controls']);
    results.pages = pageResults;
    save();
    if (embeds.length) {
      console.log('\nEmbeds');
      results.embeds = await measureAll(embeds, false);
      save();
    }

    if (chartPages.length) {
      console.log('\nDuckDB-WASM engine files (started through the page\'s query hook), first visit → repeat visit:');
      const e = await measureEngineCache(chartPages[0]!).catch((err: unknown) => {
        if (!(err instanceof Stalled)) throw err;
        console.log(`  ${chartPages[0]}:`);
        printStall(err.stall);
        return { path: chartPages[0]!, stalled: err.stall };
      });
      if (!('stalled' in e)) console.log(`  ${e.path}: engine bytes ${kb(e.first)} → ${kb(e.repeat)}; ready after ${ms(e.firstReady)} → ${ms(e.repeatReady)}${e.repeat === 0 ? ' (nothing downloaded again)' : ' (DOWNLOADED AGAIN)'}\n`);
      results.engineCache = e;
      save();
    }

    if (!flags['no-arch'] && chartPages.length) {
      console.log('Architectures, cold visits (ratio to this site):');
      const arch: ArchResult[] = [];
      for (const path of chartPages) {
        const measuredPage = pageResults.find((p) => p.path === path);
        const site = measured(measuredPage) ? measuredPage.cold : await coldVisit(`${ORIGIN}${path}`);
        try {
          const a = { path, site, framework: await coldVisit(archUrl(ORIGIN, 'framework', path)), duckdb: await coldVisit(archUrl(ORIGIN, 'duckdb', path)) };
          printArch(a);
          arch.push(a);
        } catch (err) {
          console.log(`${path}: a comparison page did not draw (${(err as Error).message.split('\n')[0]})`);
        }
      }
      results.architectures = arch.map((a) => ({
        ...a,
        ratios: Object.fromEntries((['framework', 'duckdb'] as const).map((k) => [k, {
          firstChart: ratio(a[k].firstChart, a.site.firstChart), bytesBeforeChart: ratio(a[k].bytesBeforeChart, a.site.bytesBeforeChart),
          bytesTotal: ratio(a[k].bytesTotal, a.site.bytesTotal), tbt: ratio(a[k].tbt, a.site.tbt),
        }])),
      }));
      save();
      console.log('');
    }

    if (!flags['no-report']) {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      try { results.reportReading = await measureReportReading(browser); } finally { await browser.close(); }
    }
  } finally {
    server.close();
  }
  if (flags.data) results.data = await optionalSection('data-build');
  if (flags.parquet) results.parquet = await optionalSection('parquet');
  if (flags.explore) results.explore = await optionalSection('explore');

  results.loadAtEnd = load();
  save();
  console.log(`Load average at start ${(results.loadAtStart as number[]).join(' ')}, at end ${load().join(' ')}`);
  console.log(`Written to ${OUT}`);
}

await main();
