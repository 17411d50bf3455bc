/**
 * The Explore page: the editor, table list and examples work before DuckDB-WASM loads; a query runs in the browser
 * and shows its rows, count and time; the query lives in the URL (a link runs it; back and forward step through
 * queries); DuckDB's errors are marked where they point; the quick chart follows the result's shape and can be
 * switched; CSV, JSON and Parquet downloads hold the result; a long query can be stopped and a large one is capped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { EXAMPLE_QUERIES } from '../../src/queries/explore-examples.ts';
import { expect, test } from './fixtures.ts';

const editorText = (page: Page) => page.locator('.cm-content').evaluate((el) => (el as HTMLElement).innerText);

async function typeQuery(page: Page, sql: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(sql);
}

async function runQuery(page: Page, sql: string): Promise<void> {
  await typeQuery(page, sql);
  await page.keyboard.press('ControlOrMeta+Enter');
}

const state = (page: Page) => page.locator('[data-explorer]');

test('before the first query nothing of DuckDB is fetched; the first query loads it and shows rows, count and time', async ({ page }) => {
  const duckdb: string[] = [];
  page.on('request', (r) => { if (/\/duckdb\/|\.arrow$/.test(r.url())) duckdb.push(r.url()); });
  await page.goto('/explore/');
  await expect(page.locator('[data-ex-codemirror]')).toBeVisible();
  // The table list with the manifest's descriptions, in Chinese.
  const observations = page.locator('[data-ex-tables] [data-table="observations"]');
  await expect(observations).toContainText('标准单位下的数值(如人,而非万人)');
  await expect(page.locator('[data-ex-tables] [data-table]')).toHaveCount(4);
  await expect(page.locator('[data-ex-example]')).toHaveCount(EXAMPLE_QUERIES.length);
  expect(duckdb).toEqual([]);

  // Every status the page shows while the engine downloads and the query runs.
  await page.locator('[data-ex-status]').evaluate((el) => {
    const seen: string[] = ((window as unknown as { statuses: string[] }).statuses = []);
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: '运行', exact: true }).click();
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  expect(duckdb.some((u) => u.endsWith('.wasm.gz'))).toBe(true);
  const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
  expect(statuses).toContain('正在下载查询引擎…');
  expect(statuses.some((s) => /^正在下载查询引擎：[\d.]+ \/ [\d.]+ MB$/.test(s))).toBe(true);
  expect(statuses).toContain('正在打开数据表…');
  await expect(page.locator('[data-ex-status]')).toHaveText(/^31 行，用时 [\d,]+ 毫秒$/);
  const firstRow = page.locator('[data-ex-table] tbody tr[aria-rowindex="2"] td');
  await expect(firstRow).toHaveText(['1', '北京', 'Beijing', '2018', '4.63']);
  await expect(page.locator('[data-ex-table]')).toHaveAttribute('aria-rowcount', '32');
  await expect(page).toHaveURL(/\?sql=/);
});

test('a link runs its query; back and forward step through the queries run', async ({ page }) => {
  await page.goto(`/en/explore/?sql=${encodeURIComponent('SELECT 42 AS answer')}`);
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  await expect(page.locator('[data-ex-table] tbody tr[aria-rowindex="2"] td').nth(1)).toHaveText('42');
  await expect(page.locator('[data-ex-status]')).toHaveText(/^1 rows in [\d,]+ ms$/);

  await page.locator('[data-ex-example="sourcesByKind"]').click();
  await expect(page.locator('[data-ex-table] thead th')).toHaveText(['#', 'kind', 'sources', 'figures']);
  const sourcesUrl = page.url();
  expect(new URL(sourcesUrl).searchParams.get('sql')).toBe(EXAMPLE_QUERIES.find((q) => q.id === 'sourcesByKind')!.sql);

  await runQuery(page, 'SELECT count(*) AS n FROM labels');
  await expect(page.locator('[data-ex-table] thead th')).toHaveText(['#', 'n']);

  await page.goBack();
  await expect(page).toHaveURL(sourcesUrl);
  await expect(page.locator('[data-ex-table] thead th')).toHaveText(['#', 'kind', 'sources', 'figures']);
  expect(await editorText(page)).toContain('FROM sources');
  await page.goBack();
  await expect(page.locator('[data-ex-table] thead th')).toHaveText(['#', 'answer']);
  expect(await editorText(page)).toBe('SELECT 42 AS answer');
  await page.goForward();
  await expect(page.locator('[data-ex-table] thead th')).toHaveText(['#', 'kind', 'sources', 'figures']);
});

test('a table created on the page joins the table list, read from the database catalogue', async ({ page }) => {
  await page.goto('/en/explore/');
  const added = page.locator('[data-ex-added]');
  await runQuery(page, 'CREATE TABLE my_rows AS SELECT 2020 AS year, 1.5 AS value');
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  await expect(added).toBeVisible();
  await expect(added.locator('[data-table="my_rows"] dt')).toHaveText(['year INTEGER', 'value DECIMAL(2,1)']);
  await runQuery(page, 'SELECT * FROM my_rows');
  await expect(page.locator('[data-ex-table] tbody tr[aria-rowindex="2"] td')).toHaveText(['1', '2020', '1.5']);
  await runQuery(page, 'DROP TABLE my_rows');
  await expect(added).toBeHidden();
});

test('a DuckDB error is shown beside the editor with the line and column it points at, marked in the text', async ({ page }) => {
  await page.goto('/en/explore/');
  await runQuery(page, 'SELECT year,\n  nonesuch\nFROM observations');
  await expect(state(page)).toHaveAttribute('data-state', 'error', { timeout: 45_000 });
  const error = page.locator('[data-ex-error]');
  await expect(error).toBeVisible();
  await expect(error.locator('[data-ex-error-where]')).toHaveText('Line 2, column 3');
  await expect(error.locator('pre')).toContainText('Referenced column "nonesuch" not found');
  await expect(page.locator('.cm-lintRange-error')).toHaveText('nonesuch');
  // Editing the query clears the mark; a correct query hides the error.
  await runQuery(page, 'SELECT year FROM observations LIMIT 3');
  await expect(state(page)).toHaveAttribute('data-state', 'done');
  await expect(error).toBeHidden();
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
});

test('the quick chart follows the shape of the result and can be switched', async ({ page }) => {
  await page.goto('/en/explore/');
  await page.locator('[data-ex-example="nationalDoctorsOverTime"]').click();
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  const kind = page.locator('[data-ex-chart-kind]');
  await expect(kind).toHaveValue('line');
  await expect(state(page)).toHaveAttribute('data-chart', 'line');
  // columns named by their descriptions, codes by their labels, in the page's language
  await expect(page.locator('[data-ex-chart-caption]')).toHaveText('Value in the canonical unit against Reference year, by Cadre');
  await expect(page.locator('[data-ex-chart-plot]')).toContainText('Registered nurses');
  await expect(page.locator('[data-ex-chart-plot]')).toContainText('Licensed (assistant) physicians');
  await expect(page.locator('[data-ex-chart-plot]')).not.toContainText('physicians_assistants');
  const plot = page.locator('[data-ex-chart-plot] svg');
  await expect(plot.first()).toBeVisible();
  await expect(page.locator('[data-ex-chart-plot] path[stroke-linejoin="round"], [data-ex-chart-plot] g[stroke-linejoin="round"] path').first()).toBeAttached();

  await kind.selectOption('bar');
  await expect(state(page)).toHaveAttribute('data-chart', 'bar');
  await expect(page.locator('[data-ex-chart-plot] rect').first()).toBeAttached();
  await kind.selectOption('');
  await expect(page.locator('[data-ex-chart]')).toBeHidden();

  // Categories and one number: bars by default; no year, no bar-able text → points.
  await runQuery(page, "SELECT kind, count(*) AS sources FROM sources GROUP BY kind ORDER BY sources DESC");
  await expect(kind).toHaveValue('bar');
  await runQuery(page, 'SELECT n_sources, n_copies FROM observations WHERE is_preferred LIMIT 50');
  await expect(kind).toHaveValue('dot');
  await expect(kind.locator('option[value="line"]')).toBeDisabled();
});

test('CSV, JSON and Parquet downloads hold the result', async ({ page }) => {
  const sql = "SELECT year, value, '=1+1' AS formula, value_published FROM observations WHERE is_preferred AND geo_code = 'CHN' AND cadre = 'gps' AND unit = 'per_10000' AND measure = 'density' ORDER BY year";
  await page.goto(`/en/explore/?sql=${encodeURIComponent(sql)}`);
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  const count = await page.locator('[data-ex-table]').getAttribute('aria-rowcount').then((n) => Number(n) - 1);
  expect(count).toBeGreaterThan(5);

  const fetchDownload = async (format: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-ex-download="${format}"]`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^query-[0-9a-f]{8}\\.${format}$`));
    return readFileSync((await download.path())!);
  };

  const csv = (await fetchDownload('csv')).toString('utf8');
  expect(csv.startsWith('\uFEFFyear,value,formula,value_published\r\n')).toBe(true);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(count + 1);
  expect(lines[1]).toMatch(/^\d{4},[\d.]+,'=1\+1,/);

  const json = JSON.parse((await fetchDownload('json')).toString('utf8'));
  expect(json.sql).toBe(sql);
  expect(json.rows).toHaveLength(count);
  expect(json.columns.map((c: { name: string }) => c.name)).toEqual(['year', 'value', 'formula', 'value_published']);

  const parquet = await fetchDownload('parquet');
  expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
  const file = test.info().outputPath('result.parquet');
  writeFileSync(file, parquet);
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = (await conn.runAndReadAll(`SELECT * FROM '${file}'`)).getRowObjectsJS();
  expect(rows).toEqual(json.rows);
});

test('a result over the cap is cut with a note and scrolls smoothly; a long query can be stopped', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/explore/');
  await runQuery(page, 'SELECT i, i * 2 AS twice FROM range(150000) t(i)');
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  await expect(page.locator('[data-ex-capped]')).toBeVisible();
  await expect(page.locator('[data-ex-capped]')).toContainText('more than 100,000 rows');
  await expect(page.locator('[data-ex-status]')).toHaveText(/^100,000 rows in/);
  // Only the rows in view are in the document; the last row is reached by scrolling.
  expect(await page.locator('[data-ex-table] tbody tr[aria-rowindex]').count()).toBeLessThan(80);
  await page.locator('[data-ex-scroll]').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(page.locator('[data-ex-table] tbody tr[aria-rowindex="100001"] td').nth(1)).toHaveText('99999');

  await runQuery(page, 'SELECT sum(hash(x)) FROM range(20000000000) t(x)');
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeVisible();
  await stop.click();
  // The engine stops at its next check between steps of work, which on a busy machine may take a while.
  await expect(state(page)).toHaveAttribute('data-state', 'cancelled', { timeout: 45_000 });
  await expect(page.locator('[data-ex-status]')).toHaveText('The query was stopped.');
  await runQuery(page, 'SELECT 7 AS after_stop');
  await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  await expect(page.locator('[data-ex-table] thead th')).toHaveText(['#', 'after_stop']);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the explorer with a result, its chart and an error, ${scheme}`, async ({ page }) => {
    // axe over the table list, chart and result takes a while on a busy machine.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/explore/?sql=${encodeURIComponent(EXAMPLE_QUERIES.find((q) => q.id === 'nationalDoctorsOverTime')!.sql)}`);
    await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
    const serious = async () => (await new AxeBuilder({ page }).include('[data-explorer]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(await serious()).toEqual([]);
    await runQuery(page, 'SELECT nonesuch FROM observations');
    await expect(state(page)).toHaveAttribute('data-state', 'error');
    expect(await serious()).toEqual([]);
  });
}
