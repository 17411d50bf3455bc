/**
 * One measured browser session: a fresh Chromium profile (its own disk cache, so a second visit is a real warm-cache
 * visit), network conditions and CPU slowdown set through the DevTools protocol, bytes counted from the protocol's
 * own transfer sizes (compressed bodies plus headers; 0 for a response taken from the cache).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { driveControls, observeLoad, type ChangeRun, type PageMarks } from './in-page.ts';

/** Chrome DevTools' presets (throughput in bytes/s, round-trip latency in ms, as DevTools applies them). */
export const NETWORK_PROFILES = {
  fast4g: { download: (9_000_000 / 8) * 0.9, upload: (1_500_000 / 8) * 0.9, latency: 60 * 2.75 },
  slow4g: { download: (1_600_000 / 8) * 0.9, upload: (750_000 / 8) * 0.9, latency: 150 * 3.75 },
  none: null,
} as const;
export type ProfileName = keyof typeof NETWORK_PROFILES;

export interface SessionOptions { profile: ProfileName; cpu: number; width: number; height: number }

interface Transfer { url: string; at: number; bytes: number; cached: boolean }

export interface LoadResult {
  url: string;
  fcp: number | null; lcp: number | null; firstChart: number | null;
  /** Sum over long tasks from first contentful paint to the end of the visit of their time beyond 50 ms. */
  tbt: number; longestTask: number;
  bytesBeforeChart: number; bytesTotal: number; requests: number; fromCache: number;
  /** Bytes of the DuckDB-WASM engine files (its worker and wasm, and its code chunk) in this visit. */
  engineBytes: number;
}

/**
 * Where a page was when it took longer than its limit: the stage, the last step it reported, its JavaScript stack,
 * and the file of a Chromium trace recorded while one step was stuck (StuckTrace; null if none was).
 */
export interface Stall { afterS: number; stage: string; step: string | null; stack: string[] | null; trace: string | null }

/**
 * A trace of the browser while a step is stuck: `file`, recorded for `forMs` once one step has taken `afterMs`, or at
 * once when the page says it is not keeping up (by default 40 s, for 5 s: a change takes well under a second).
 */
export interface StuckTrace { file: string; afterMs?: number; forMs?: number }
/** What the trace records: DevTools' Performance panel's categories, the scheduler's and the compositor's. */
const TRACE_CATEGORIES = [
  '-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-v8.cpu_profiler', 'toplevel', 'blink', 'blink.user_timing',
  'renderer.scheduler', 'cc', 'viz', 'gpu', 'benchmark', 'input', 'latencyInfo',
].join(',');

/** A page that took longer than its limit (Session.within). */
export class Stalled extends Error {
  readonly stall: Stall;

  constructor(stall: Stall) {
    super(`stalled after ${stall.afterS} s in ${stall.stage}${stall.step ? ` (${stall.step})` : ''}`);
    this.stall = stall;
  }
}

/** A paused page's call frames, innermost first, as `function (file:line:column)` (lines and columns from 1). */
export function describeStack(frames: { functionName: string; url: string; location: { lineNumber: number; columnNumber?: number } }[]): string[] {
  return frames.map((f) => `${f.functionName || '(anonymous)'} (${f.url.replace(/^[a-z]+:\/\/[^/]+/, '') || '(inline)'}:${f.location.lineNumber + 1}:${(f.location.columnNumber ?? 0) + 1})`);
}

/** `value`, after `ms` (a timer that does not keep the process alive). */
const after = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());

export const isEngineFile = (url: string) => /\/duckdb\/[^/]+\/|\/_astro\/duckdb[.-]/.test(url);

export class Session {
  private transfers: Transfer[] = [];
  /** Requests in flight: URL, whether the cache answered, and the protocol's clock (s) against the wall clock (s) when sent. */
  private pending = new Map<string, { url: string; cached: boolean; sent: number; wall: number }>();

  readonly context: BrowserContext;
  readonly page: Page;
  private readonly cdp: CDPSession;
  private readonly dir: string;
  /** What the session is doing (set by its caller), and the last step it or the page reported. */
  stage = 'opening';
  private step: string | null = null;
  private stepAt = Date.now();
  private stalled = false;
  /** The trace of a stuck step to record (open's `stuck`), and its file once started (null: none yet). */
  private stuck: Required<StuckTrace> | null = null;
  private traced: string | null = null;
  private tracing: Promise<void> = Promise.resolve();
  private watcher: NodeJS.Timeout | null = null;

  private constructor(context: BrowserContext, page: Page, cdp: CDPSession, dir: string) {
    this.context = context;
    this.page = page;
    this.cdp = cdp;
    this.dir = dir;
  }

  /** `stuck`: a trace to record of the first step that is stuck; none is recorded without it. */
  static async open(opts: SessionOptions, stuck?: StuckTrace): Promise<Session> {
    const dir = mkdtempSync(join(tmpdir(), 'chwd-bench-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true,
      viewport: { width: opts.width, height: opts.height }, colorScheme: 'light',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const s = new Session(context, page, cdp, dir);
    // The page reports its steps (driveControls): they reach this process as they happen, even if the page then stalls.
    await page.exposeFunction('__benchStep', (step: string, stuck?: boolean) => s.told(step, stuck));
    if (stuck) {
      s.stuck = { afterMs: 40_000, forMs: 5_000, ...stuck };
      s.watcher = setInterval(() => s.watch(), Math.min(1000, s.stuck.afterMs / 4)).unref();
    }
    await cdp.send('Network.enable');
    const net = NETWORK_PROFILES[opts.profile];
    if (net) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: net.latency, downloadThroughput: net.download, uploadThroughput: net.upload,
      });
    }
    if (opts.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpu });
    cdp.on('Network.requestWillBeSent', (e) => {
      s.pending.set(e.requestId, { url: e.request.url, cached: false, sent: e.timestamp, wall: e.wallTime });
    });
    cdp.on('Network.requestServedFromCache', (e) => { const p = s.pending.get(e.requestId); if (p) p.cached = true; });
    cdp.on('Network.responseReceived', (e) => {
      const p = s.pending.get(e.requestId);
      if (p && (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker)) p.cached = true;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const p = s.pending.get(e.requestId);
      if (!p || p.url.startsWith('data:') || p.url.startsWith('blob:')) return;
      // When the last byte arrived, on the page's wall clock (the protocol's events reach us later than that).
      const at = (p.wall + (e.timestamp - p.sent)) * 1000;
      s.transfers.push({ url: p.url, at, bytes: p.cached ? 0 : e.encodedDataLength, cached: p.cached });
      s.pending.delete(e.requestId);
    });
    await page.addInitScript(observeLoad);
    return s;
  }

  /** Opens a URL and waits until the page has settled (load, first chart, network quiet); `then` runs before the tally. */
  async visit(url: string, then?: (page: Page) => Promise<void>): Promise<LoadResult> {
    this.transfers = [];
    this.told(`loading ${url}`);
    await this.page.goto(url, { waitUntil: 'load', timeout: 600_000 });
    this.told('waiting for the first chart');
    if ((await this.page.locator('section[data-chart]').count()) > 0 || url.includes('/__bench/')) {
      // (The bench-only pages say data-drawn="error" when they cannot draw; the visit is then measured as it is.)
      await this.page.waitForFunction(() => (window as unknown as { __bench: PageMarks }).__bench.firstChart !== null
        || document.documentElement.dataset.drawn === 'error', null, { timeout: 300_000 });
    }
    this.told('waiting for the network to be quiet');
    await this.page.waitForLoadState('networkidle', { timeout: 600_000 }).catch(() => {});
    this.told('after loading');
    if (then) await then(this.page);
    await this.page.waitForTimeout(1000);
    const m = await this.page.evaluate(() => ({
      ...(window as unknown as { __bench: PageMarks }).__bench,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const after = m.fcp ?? 0;
    const tasks = m.longTasks.filter(([t]) => t >= after);
    const before = m.firstChartEpoch === null ? [] : this.transfers.filter((x) => x.at <= m.firstChartEpoch! + 5);
    const sum = (xs: Transfer[]) => xs.reduce((a, x) => a + x.bytes, 0);
    return {
      url, fcp: m.fcp, lcp: m.lcp, firstChart: m.firstChart,
      tbt: tasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
      longestTask: Math.max(0, ...m.longTasks.map(([, d]) => d)),
      bytesBeforeChart: sum(before), bytesTotal: sum(this.transfers), requests: this.transfers.length,
      fromCache: this.transfers.filter((x) => x.cached).length,
      engineBytes: sum(this.transfers.filter((x) => isEngineFile(x.url))),
    };
  }

  /** Control changes on the page as it is (see driveControls); bytes they pulled in are added to `bytes`. */
  async changeControls(opts: Parameters<typeof driveControls>[0]): Promise<ChangeRun & { bytes: number; engineBytes: number }> {
    this.transfers = [];
    const run = await this.page.evaluate(driveControls, opts);
    await this.page.waitForTimeout(300);
    return {
      ...run,
      bytes: this.transfers.reduce((a, x) => a + x.bytes, 0),
      engineBytes: this.transfers.filter((x) => isEngineFile(x.url)).reduce((a, x) => a + x.bytes, 0),
    };
  }

  /**
   * `work`, or, once `ms` have passed, a Stalled error saying where the page was (its JavaScript paused to read the
   * stack, if it is running any): a page that never settles is reported, and the run goes on with the next one.
   */
  async within<T>(ms: number, work: Promise<T>): Promise<T> {
    const late = Symbol('late');
    work.catch(() => {}); // rejected once the session closes
    const first = await Promise.race([work, after(ms, late)]);
    if (first !== late) return first as T;
    this.stalled = true;
    // The step read once the stack is: a page still moving has then told the step the stack belongs to.
    const stack = await this.stack();
    throw new Stalled({ afterS: Math.round(ms / 1000), stage: this.stage, step: this.step, stack, trace: this.traced });
  }

  /** The file of the trace recorded while a step was stuck, or null if none was. */
  get trace(): string | null { return this.traced; }

  /** A step the page or the session has reached; `stuck`: the page says it is not keeping up (traced at once). */
  private told(step: string, stuck = false): void {
    this.step = step;
    this.stepAt = Date.now();
    if (stuck) this.watch(true);
  }

  /**
   * Records one trace of the browser while a step is stuck: what the page's threads do then (a stall that leaves no
   * JavaScript stack, the page process busy all the while, shows there and nowhere else).
   */
  private watch(now = false): void {
    const stuck = this.stuck;
    if (this.traced !== null || stuck === null || (!now && Date.now() - this.stepAt < stuck.afterMs)) return;
    const file = stuck.file;
    this.traced = file;
    this.tracing = (async () => {
      const chunks: unknown[] = [];
      const collect = (e: { value: unknown[] }) => { chunks.push(...e.value); };
      this.cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise<void>((resolve) => this.cdp.once('Tracing.tracingComplete', () => resolve()));
      await this.cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
      await after(stuck.forMs, null);
      await this.cdp.send('Tracing.end');
      await Promise.race([complete, after(30_000, null)]);
      this.cdp.off('Tracing.dataCollected', collect);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, JSON.stringify({ traceEvents: chunks }));
    })().catch((err: unknown) => { console.error(`  (the trace of a stuck step could not be recorded: ${String(err)})`); });
  }

  /**
   * The page's JavaScript stack, innermost first, when it runs any; null when none was seen within 10 s. The debugger
   * is only turned on here (never while measuring), which the page takes between two tasks: a page stuck in one task
   * that never ends gives no stack.
   */
  private async stack(): Promise<string[] | null> {
    const within10s = <T>(p: Promise<T>) => Promise.race([p, after(10_000, null)]);
    // A frame names its script by id: the debugger tells each script's address as it is turned on.
    const urls = new Map<string, string>();
    this.cdp.on('Debugger.scriptParsed', (e) => urls.set(e.scriptId, e.url));
    try {
      if ((await within10s(this.cdp.send('Debugger.enable'))) === null) return null;
      const paused = new Promise<string[]>((resolve) => {
        this.cdp.once('Debugger.paused', (e) => resolve(describeStack(e.callFrames.slice(0, 12)
          .map((f) => ({ ...f, url: f.url || (urls.get(f.location.scriptId) ?? '') })))));
      });
      await this.cdp.send('Debugger.pause');
      return await within10s(paused);
    } catch {
      return null;
    }
  }

  /** Closes the browser; one whose page stalled, or that does not close within 30 s, is killed. */
  async close(): Promise<void> {
    // (A persistent context has no browser object to kill: its processes are found by their profile folder.)
    if (this.watcher) clearInterval(this.watcher);
    await Promise.race([this.tracing, after(30_000, null)]);
    const kill = () => { try { execFileSync('pkill', ['-KILL', '-f', this.dir]); } catch { /* none left */ } };
    if (this.stalled) kill();
    const closed = this.context.close().then(() => true, () => true);
    if (!(await Promise.race([closed, after(30_000, false)]))) kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
