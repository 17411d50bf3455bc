/**
 * One measured browser session: a fresh Chromium profile (its own disk cache, so a second visit is a real warm-cache
 * visit), network conditions and CPU slowdown set through the DevTools protocol, bytes counted from the protocol's
 * own transfer sizes (compressed bodies plus headers; 0 for a response taken from the cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
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

export const isEngineFile = (url: string) => /\/duckdb\/[^/]+\/|\/_astro\/duckdb[.-]/.test(url);

export class Session {
  private transfers: Transfer[] = [];
  /** Requests in flight: URL, whether the cache answered, and the protocol's clock (s) against the wall clock (s) when sent. */
  private pending = new Map<string, { url: string; cached: boolean; sent: number; wall: number }>();

  readonly context: BrowserContext;
  readonly page: Page;
  private readonly dir: string;

  private constructor(context: BrowserContext, page: Page, dir: string) {
    this.context = context;
    this.page = page;
    this.dir = dir;
  }

  static async open(opts: SessionOptions): Promise<Session> {
    const dir = mkdtempSync(join(tmpdir(), 'chwd-bench-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true,
      viewport: { width: opts.width, height: opts.height }, colorScheme: 'light',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const s = new Session(context, page, dir);
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
    await this.page.goto(url, { waitUntil: 'load', timeout: 600_000 });
    if ((await this.page.locator('section[data-chart]').count()) > 0 || url.includes('/__bench/')) {
      // (The bench-only pages say data-drawn="error" when they cannot draw; the visit is then measured as it is.)
      await this.page.waitForFunction(() => (window as unknown as { __bench: PageMarks }).__bench.firstChart !== null
        || document.documentElement.dataset.drawn === 'error', null, { timeout: 300_000 });
    }
    await this.page.waitForLoadState('networkidle', { timeout: 600_000 }).catch(() => {});
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

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
