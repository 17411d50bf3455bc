/**
 * Failures in the browser, as a reader meets them: the in-browser engine cannot start, a data file fails once or for
 * a while, a link holds a state the chart cannot use. The chart never waits without end, says what happened in the
 * page's language, keeps the view on screen usable, and tries again on the next change. The training chart's headcount
 * state is taken out of its answer file (withoutAnswers), so that DuckDB-WASM must answer it.
 */
import { expect, test, withoutAnswers, type SiteGuard } from './fixtures.ts';

/** The browser reports the failed loads the test causes on purpose; nothing else may reach the console. */
function expectOnlyFailedLoads(guard: SiteGuard, also?: RegExp): void {
  expect(guard.errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e) && !also?.test(e))).toEqual([]);
  guard.errors.length = 0;
}

test('DuckDB-WASM cannot start (its wasm missing): the chart says so in Chinese, keeps its view and controls on it', async ({ page, guard }) => {
  await withoutAnswers(page, 'training_gp_series');
  await page.route(/\/duckdb\/.*\.wasm(\.gz)?$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/training/');
  const chart = page.locator('#training-gps');
  const tableBefore = await chart.locator('[data-chart-table]').innerHTML();
  await chart.locator('input[data-key="measure"][value="headcount"]').check();
  const note = chart.locator('[data-chart-fitted]');
  await expect(note).toContainText('浏览器中的数据引擎未能启动');
  await expect(note).toContainText('仍为先前的视图');
  await expect(chart).not.toHaveClass(/is-updating/);
  await expect(chart.locator('[data-chart-status]')).toHaveText('');
  // The control, the URL and the table are back on the view that is drawn.
  await expect(chart.locator('input[data-key="measure"][value="headcount"]')).not.toBeChecked();
  expect(new URL(page.url()).search).toBe('');
  expect(await chart.locator('[data-chart-table]').innerHTML()).toBe(tableBefore);
  // The default view's downloads still work.
  await chart.locator('[data-share-menu-button]').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), chart.getByRole('menuitem', { name: /CSV/ }).click()]);
  expect(dl.suggestedFilename()).toMatch(/\.csv$/);
  expectOnlyFailedLoads(guard);
});

test('DuckDB-WASM whose worker cannot load: the chart gives up at once (no endless "Updating…") and says why in English', async ({ page, guard }) => {
  await withoutAnswers(page, 'training_gp_series');
  await page.route(/\/duckdb\/.*worker.*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/en/training/');
  const chart = page.locator('#training-gps');
  await chart.locator('input[data-key="measure"][value="headcount"]').check();
  await expect(chart.locator('[data-chart-fitted]')).toContainText('the data engine in your browser did not start');
  await expect(chart.locator('input[data-key="measure"][value="headcount"]')).not.toBeChecked();
  // DuckDB-WASM itself logs the failed worker.
  expectOnlyFailedLoads(guard, /^console: (error in duckdb worker|Event)/);
});

test('a data file that fails once (503) is fetched again, and the change is drawn', async ({ page, guard }) => {
  await withoutAnswers(page, 'training_gp_series');
  let failures = 0;
  await page.route('**/data/observations.arrow', (route) => {
    if (failures++ === 0) return route.fulfill({ status: 503, body: 'busy' });
    return route.continue();
  });
  await page.goto('/en/training/');
  const chart = page.locator('#training-gps');
  await chart.locator('input[data-key="measure"][value="headcount"]').check();
  await expect(chart).toHaveAttribute('data-rendered', 'live', { timeout: 45_000 });
  await expect(chart.locator('[data-chart-subtitle]')).toContainText(/number|headcount/i);
  expect(failures).toBeGreaterThan(1);
  await expect(chart.locator('[data-chart-fitted]')).toBeHidden();
  expectOnlyFailedLoads(guard);
});

test('a data file failing for a while: the change is refused with the reason, and a later change tries again and draws', async ({ page, guard }) => {
  test.setTimeout(90_000);
  await withoutAnswers(page, 'training_gp_series');
  let down = true;
  await page.route('**/data/observations.arrow', (route) => (down ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto('/en/training/');
  const chart = page.locator('#training-gps');
  const headcount = chart.locator('input[data-key="measure"][value="headcount"]');
  await headcount.check();
  // The engine starts (its 7 MB wasm compiled) before the file is asked for three times: as long as a change it draws.
  await expect(chart.locator('[data-chart-fitted]')).toContainText('the data files could not be loaded', { timeout: 45_000 });
  await expect(headcount).not.toBeChecked();
  expect(new URL(page.url()).search).toBe('');

  down = false;
  await headcount.check();
  await expect(chart).toHaveAttribute('data-rendered', 'live', { timeout: 45_000 });
  await expect(chart.locator('[data-chart-subtitle]')).toContainText(/number|headcount/i);
  await expect(headcount).toBeChecked();
  expect(new URL(page.url()).searchParams.get('training-gps.measure')).toBe('headcount');
  expectOnlyFailedLoads(guard);
});

test('a link with parts the chart cannot use says which, once, briefly, without hostile characters', async ({ page }) => {
  await page.goto('/en/training/?training-gps.measure=nonsense&training-gps.colour=red&training-gps.x=%E2%80%AEevil');
  const note = page.locator('#training-gps [data-chart-fitted]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('could not be used');
  await expect(note).toContainText('measure=nonsense');
  await expect(note).toContainText('colour=red');
  await expect(note).toContainText('x=evil');
  expect(await note.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  // Only that chart speaks: the others on the page were not asked anything.
  await expect(page.locator('[data-chart-fitted]:visible')).toHaveCount(1);
  // A clean link says nothing.
  await page.goto('/en/training/?training-gps.measure=headcount');
  await expect(page.locator('[data-chart-fitted]:visible')).toHaveCount(0);
});

test('a scenario link that cannot be read is left out and the reader told so', async ({ page }) => {
  await page.goto('/en/scenario/?scenario-projection.s1=v1_garbage&scenario-projection.s2=v9_1_2');
  await expect(page.locator('[data-scenario][data-ready="true"]')).toBeAttached();
  await expect(page.locator('#scenario-projection [data-chart-fitted]')).toContainText('left out (2)');
});
