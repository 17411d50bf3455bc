/**
 * The Explore page in Chromium against the production build (dist/, `npm run build` first): the first query
 * (engine download and table load included), a 100,000-row result (query and table), scrolling that table (frame
 * intervals while it scrolls top to bottom), and building each download of it. Prints figures and writes
 * bench-results/explore.json; never fails on slowness.
 *
 * `node scripts/bench/explore.ts` (BENCH_PORT, default 4332).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { serveDist } from '../serve-dist.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4332);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BIG = 'SELECT i, i * 2 AS twice, \'row \' || i AS label, i % 7 = 0 AS sevens FROM range(100000) t(i)';

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

const server = await serveDist(PORT);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const run = async (sql: string) => {
    const started = Date.now();
    await page.evaluate(() => document.querySelector('[data-explorer]')!.removeAttribute('data-state'));
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(sql);
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator('[data-explorer][data-state="done"]').waitFor({ timeout: 120_000 });
    const status = (await page.locator('[data-ex-status]').textContent()) ?? '';
    return { wall: Date.now() - started, query: Number(/in ([\d,]+) ms/.exec(status)?.[1]?.replace(/,/g, '') ?? NaN) };
  };

  await page.goto(`${ORIGIN}/en/explore/`);
  const first = await run('SELECT count(*) FROM observations');
  const big = await run(BIG);

  // Scroll the 100,000-row table from top to bottom in 200 steps, one per frame, and record frame intervals.
  const frames = await page.locator('[data-ex-scroll]').evaluate(async (el) => {
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 1; i <= 200; i++) {
      el.scrollTop = (el.scrollHeight * i) / 200;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    return gaps;
  });
  const rowsInDom = await page.locator('[data-ex-table] tbody tr[aria-rowindex]').count();

  const downloads: Record<string, { ms: number; bytes: number }> = {};
  for (const format of ['csv', 'json', 'parquet']) {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-ex-download="${format}"]`).click()]);
    const path = await download.path();
    const { statSync } = await import('node:fs');
    downloads[format] = { ms: Date.now() - started, bytes: path ? statSync(path).size : 0 };
  }

  const result = {
    firstQueryWallMs: first.wall,
    bigQuery: { rows: 100_000, queryMs: big.query, wallMs: big.wall },
    scroll: { frames: frames.length, p50Ms: quantile(frames, 0.5), p95Ms: quantile(frames, 0.95), maxMs: Math.max(...frames), rowsInDom },
    downloads,
  };
  console.log(`explore: first query (engine download + tables + query) ${first.wall} ms wall`);
  console.log(`explore: 100,000 rows: query ${big.query} ms (as shown), ${big.wall} ms to table on screen`);
  console.log(`explore: scrolling 100,000 rows: frame p50 ${result.scroll.p50Ms.toFixed(1)} ms, p95 ${result.scroll.p95Ms.toFixed(1)} ms, max ${result.scroll.maxMs.toFixed(1)} ms; ${rowsInDom} rows in the DOM`);
  for (const [f, d] of Object.entries(downloads)) console.log(`explore: ${f} download of 100,000 rows: ${d.ms} ms, ${(d.bytes / 1e6).toFixed(2)} MB`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/explore.json', `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
