/**
 * Control changes are answered from the precomputed answers (/answers/<query>.json) with no DuckDB-WASM at all, with
 * the rows DuckDB-WASM gives for the same state; DuckDB loads only for a question the build did not answer.
 */
import { test, expect, chartRendered, waitForDuckDB, withoutAnswers } from './fixtures.ts';

type Rows = Record<string, unknown>[];

test('a control change is drawn from the precomputed answer, without DuckDB, with the rows DuckDB returns', async ({ page }) => {
  const duckdb: string[] = [];
  const answers: string[] = [];
  page.on('request', (r) => {
    if (/\/duckdb\//.test(r.url())) duckdb.push(r.url());
    if (/\/answers\//.test(r.url())) answers.push(new URL(r.url()).pathname);
  });
  // Health technicians per 10,000 in 2013: all 31 provinces (journal table).
  const series = 'health_technicians.density.per_10000.unspecified';
  await page.goto(`/en/urban-rural/?urban-rural-province-map.series=${series}`);
  await expect(page.locator('#urban-rural-province-map')).toHaveAttribute('data-state', /per_10000/);
  const rendered = chartRendered(page, 'urban-rural-province-map') as Promise<{ rows: Rows }>;
  await page.locator('#urban-rural-province-map select[data-key="year"]').selectOption('2013');
  const { rows } = await rendered;
  expect(answers).toContain('/answers/ur_province_values.json');
  expect(duckdb, 'DuckDB-WASM was not needed').toEqual([]);
  expect(rows.filter((r) => r.value !== null).length).toBeGreaterThan(20);
  // DuckDB-WASM, asked the same question afterwards, returns the same rows.
  const live = await page.evaluate(([s]) => (window as unknown as { chwdQuery: (n: string, p: unknown) => Promise<Rows> })
    .chwdQuery('ur_province_values', { series: s, year: 2013 }), [series] as const);
  expect(live).toEqual(rows);
});

test('a state the build did not answer is answered by DuckDB-WASM', async ({ page }) => {
  // The answer file without the headcount state.
  await withoutAnswers(page, 'training_gp_series');
  await page.goto('/en/training/');
  const rendered = chartRendered(page, 'training-gps');
  await page.locator('#training-gps input[data-key="measure"][value="headcount"]').check();
  await rendered;
  await waitForDuckDB(page);
  // 2012: 10.98万 in Chinese General Practice (the exact 109,794 is on a mirror host, so it ranks after it).
  await expect(page.locator('#training-gps [data-chart-table] tr').filter({ hasText: '2012' }).first()).toContainText('109,800');
});

test('a chart the reader reaches for has its definition and answers fetched beside its drawing code, not after it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // The drawing code is held back: what is fetched meanwhile does not wait for it.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/_astro\/chart-draw\.[\w-]+\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto('/en/training/');
  const headcount = page.locator('#training-gps input[data-key="measure"][value="headcount"]');
  await headcount.hover();
  await expect.poll(() => requested.filter((p) => /\/chart-draw\./.test(p)).length).toBe(1);
  await expect.poll(() => requested.includes('/answers/training_gp_series.json')).toBe(true);
  await expect.poll(() => requested.includes('/answers/source_list.json')).toBe(true);
  expect(requested.some((p) => /\/_astro\/training-gps\.[\w-]+\.js$/.test(p))).toBe(true);
  // Once the drawing code arrives, the change is drawn from those answers.
  release();
  const rendered = chartRendered(page, 'training-gps');
  await headcount.check();
  await rendered;
  await expect(page.locator('#training-gps [data-chart-table] tr').filter({ hasText: '2012' }).first()).toContainText('109,800');
});
