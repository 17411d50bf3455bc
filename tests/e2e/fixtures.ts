/**
 * Shared Playwright fixture: every test fails on a console error, an uncaught page error, or any request to a host
 * other than the preview server. Import `test` and `expect` from here instead of @playwright/test.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface SiteGuard {
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any host other than the preview server. */
  foreign: string[];
}

export const test = base.extend<{ guard: SiteGuard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard: SiteGuard = { errors: [], foreign: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') guard.errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => guard.errors.push(`pageerror: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        if (new URL(url).origin !== origin) guard.foreign.push(url);
      });
      // Never let a foreign request leave the machine, even if a test forgets to look.
      await page.route((url) => url.origin !== origin && url.protocol.startsWith('http'), (route) => route.abort());
      await use(guard);
      expect(guard.foreign, 'requests to other hosts').toEqual([]);
      expect(guard.errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until DuckDB-WASM has started in the page (set by src/client/chart-draw.ts when a question needs it). */
export async function waitForDuckDB(page: Page): Promise<void> {
  await page.locator('html[data-duckdb="ready"]').waitFor({ state: 'attached', timeout: 45_000 });
}

/** Brings every chart into view and waits until each has settled at its width (redrawn, or its drawing kept). */
export async function chartsSettled(page: Page): Promise<void> {
  const charts = page.locator('section[data-chart]');
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-rendered', /^(page|live)$/);
  }
}

/** Resolves once the work the page had left for when the browser is idle (the page's idle callbacks so far) is done. */
export async function idleWorkDone(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
}

/** Resolves when the chart with this id has been redrawn in the browser (not the pre-rendered SVG). */
export function chartRendered(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    (chartId) =>
      new Promise((resolve) => {
        document.addEventListener('chart:rendered', function on(e) {
          const detail = (e as CustomEvent<{ id: string; reason: string }>).detail;
          if (detail.id === chartId && detail.reason === 'state') {
            document.removeEventListener('chart:rendered', on);
            resolve(detail);
          }
        });
      }),
    id,
  );
}

/** Serves a query's answer file with no answers in it, so that every state of that query is asked of DuckDB-WASM. */
export async function withoutAnswers(page: Page, query: string): Promise<void> {
  const body = JSON.stringify({ query, dataVersion: '', strings: [], names: [], columns: [], answers: {} });
  await page.route(`**/answers/${query}.json`, (route) => route.fulfill({ contentType: 'application/json', body }));
}
