/**
 * The Content-Security-Policy under real use: every page and embed carries it (header and <meta>) and raises no
 * violation while its charts settle; DuckDB-WASM, downloads, the theme switch and the embed options all work under
 * it. Debug switches of development do nothing on the built site.
 */
import type { Page } from '@playwright/test';
import { expect, test, chartRendered, chartsSettled, idleWorkDone, waitForDuckDB, withoutAnswers } from './fixtures.ts';
import { CHARTS } from '../helpers/charts.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { embedPath, pagePath } from '../../src/lib/paths.ts';
import { pageIds } from '../../src/site/page-ids.ts';
import { BENCH_NO_PRERENDER } from '../../src/lib/head-scripts.ts';

const PAGES = LANGS.flatMap((lang) => pageIds().map((id) => pagePath(id, lang)));
const EMBEDS = CHARTS.flatMap((c) => LANGS.map((lang) => embedPath(c.id, lang)));

/** Records every CSP violation the page reports (they also reach the console, which the fixture fails on). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function openWithPolicy(page: Page, path: string): Promise<string> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  const header = (await res!.allHeaders())['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta, 'the policy as <meta>').toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' /);
  expect(header.split(', '), 'the policy as a header, with frame-ancestors').toContain(`${meta}; frame-ancestors ${path.includes('/embed/') ? '*' : "'self'"}`);
  return header;
}

for (const path of [...PAGES, ...EMBEDS]) {
  test(`CSP: ${path} carries the policy and raises no violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    await openWithPolicy(page, path);
    await chartsSettled(page);
    // The work the page leaves for idle time (answers fetched ahead, drawings made ahead) has run too. (Not
    // 'networkidle', which on a busy machine once did not come within two minutes on a page that makes 5 requests.)
    await idleWorkDone(page);
    // The inline head script ran (allowed by its hash): pages follow a saved theme, embeds ?theme=.
    expect(await violations()).toEqual([]);
  });
}

test('CSP: DuckDB-WASM starts and draws, downloads save, and the theme switches under the policy', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  // The answer file without the headcount state, so DuckDB-WASM answers it.
  await withoutAnswers(page, 'training_gp_series');
  await openWithPolicy(page, '/en/training/');
  const section = page.locator('#training-gps');
  const rendered = chartRendered(page, 'training-gps');
  await section.locator('input[data-key="measure"][value="headcount"]').check();
  await rendered;
  await waitForDuckDB(page);
  await expect(section.locator('[data-chart-subtitle]')).toContainText(/number|headcount/i);

  for (const name of [/CSV/, /PNG/]) {
    await section.locator('[data-share-menu-button]').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), section.getByRole('menuitem', { name }).click()]);
    expect((await dl.path()) && dl.suggestedFilename()).toMatch(name.source === 'CSV' ? /\.csv$/ : /\.png$/);
  }

  const html = page.locator('html');
  const before = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  await page.locator('[data-theme-toggle]').first().click();
  await expect(html).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  // The saved choice is applied by the inline head script on the next page.
  await page.goto('/en/urban-rural/');
  await expect(html).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  expect(await violations()).toEqual([]);
});

test('CSP: the scenario explorer recomputes and the embed options (theme, interactive controls) apply under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await openWithPolicy(page, '/en/scenario/');
  await expect(page.locator('[data-scenario][data-ready="true"]')).toBeAttached();
  expect(await violations()).toEqual([]);

  const chart = CHARTS.find((c) => c.controls.length > 0)!;
  await openWithPolicy(page, `${embedPath(chart.id, 'en')}?theme=dark&interactive=1`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-embed', 'interactive');
  await expect(page.locator('[data-chart-controls]')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('?noprerender does nothing on the built site; the benchmark switch still hides drawings until drawn in the browser', async ({ page }) => {
  await page.goto('/en/training/?noprerender');
  await expect(page.locator('html')).not.toHaveClass(/no-prerender/);
  await expect(page.locator('#training-gps [data-chart-figure] svg[role="img"]:visible')).toHaveCount(1);

  // The browser's own drawing is held back until the pre-rendered one has been seen hidden.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/_astro\/chart-draw\.[\w-]+\.js$/, async (route) => { await held; await route.continue(); });
  await page.addInitScript(BENCH_NO_PRERENDER);
  await page.goto('/en/training/');
  await expect(page.locator('html')).toHaveClass(/no-prerender/);
  const figure = page.locator('#training-gps [data-chart-figure]');
  await expect(figure.locator('.chart-drawing svg[role="img"]')).toHaveCount(2);
  await expect(figure.locator('svg[role="img"]:visible')).toHaveCount(0);
  release();
  await expect(page.locator('#training-gps')).toHaveAttribute('data-rendered', 'live', { timeout: 45_000 });
  await expect(figure.locator('svg[role="img"]:visible')).toHaveCount(1);
  await expect(figure.locator('.chart-drawing svg[role="img"]:visible')).toHaveCount(0);
});
