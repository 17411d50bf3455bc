/**
 * Parquet files on the Explore page: part of a published file read by HTTP range requests into a DuckDB-WASM table
 * (every request for the file a range; the rows those DuckDB reads from the file itself), a reader's own Parquet
 * file loaded as a table of its own, and a filter that cannot be read named in words.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PUBLISHED = 'dist/data/observations.parquet';

async function duck<T>(sql: string): Promise<T[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    con.closeSync();
  }
}

const panelStatus = (page: Page) => page.locator('[data-ex-parquet-status]');

test('part of a published Parquet file is read by range requests into a table the explorer queries', async ({ page }) => {
  const requests: { url: string; range: string | undefined }[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/observations.parquet')) requests.push({ url: r.url(), range: r.headers().range }); });
  await page.goto('/en/explore/');
  const form = page.locator('[data-ex-parquet-range]');
  await form.getByLabel('Published file').selectOption((await form.locator('option[data-name="observations"]').getAttribute('value'))!);
  await form.getByLabel('Filter', { exact: true }).fill("geo_code = 110000, cadre = 'physicians'");
  await form.getByLabel(/^Columns/).fill('year, measure, value, source_id');
  await expect(form.getByLabel('Table name')).toHaveValue('observations_part');
  await form.getByRole('button', { name: 'Read' }).click();
  await expect(page.locator('[data-explorer]')).toHaveAttribute('data-parquet', 'done', { timeout: 45_000 });

  const [expected] = await duck<{ n: number; total: number; years: number }>(`SELECT count(*)::INTEGER AS n, round(sum(value), 6) AS total,
    count(DISTINCT year)::INTEGER AS years FROM '${PUBLISHED}' WHERE geo_code = '110000' AND cadre = 'physicians'`);
  expect(expected!.n).toBeGreaterThan(0);
  const [groups] = await duck<{ n: number }>(`SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata('${PUBLISHED}')`);
  await expect(panelStatus(page)).toHaveText(new RegExp(`^Table observations_part: ${expected!.n} rows, from \\d+ of ${groups!.n} row groups; [\\d.]+ KB transferred of a [\\d.]+ KB file, in [\\d,]+ ms\\.$`));
  const [, transferred, size] = (await panelStatus(page).textContent())!.match(/([\d.]+) KB transferred of a ([\d.]+) KB file/)!;
  expect(Number(transferred), 'less than the whole file').toBeLessThan(Number(size));
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => !r.range), 'every request for the file asks for a range').toEqual([]);

  // the table joins the list, and its first rows are shown
  await expect(page.locator('[data-ex-added-tables] [data-table="observations_part"]')).toBeVisible();
  await expect(page.locator('[data-explorer]')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-ex-status]')).toHaveText(new RegExp(`^${Math.min(100, expected!.n)} rows in`));

  // DuckDB-WASM over the rows read: the same answer as DuckDB over the whole file
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('SELECT count(*) AS n, round(sum(value), 6) AS total, count(DISTINCT year) AS years FROM observations_part');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('[data-ex-status]')).toHaveText(/^1 rows in/);
  const cells = page.locator('[data-ex-table] tbody tr[aria-rowindex="2"] td');
  await expect(cells.nth(1)).toHaveText(String(expected!.n));
  await expect(cells.nth(3)).toHaveText(String(expected!.years));
  const total = Number((await cells.nth(2).textContent())!.replace(/,/g, ''));
  expect(total).toBeCloseTo(expected!.total, 4);
});

test('a filter naming a column the file lacks is named in words, and nothing is read', async ({ page }) => {
  await page.goto('/explore/');
  const form = page.locator('[data-ex-parquet-range]');
  await form.locator('[name=filter]').fill('province = 11');
  await form.locator('button[type=submit]').click();
  await expect(page.locator('[data-explorer]')).toHaveAttribute('data-parquet', 'error', { timeout: 45_000 });
  await expect(panelStatus(page)).toHaveText(/^文件中没有列 province。可用的列：obs_id, figure_key, theme, year, /);
  await form.locator('[name=table]').fill('1 bad name');
  await form.locator('button[type=submit]').click();
  await expect(panelStatus(page)).toHaveText('表名只能包含英文字母、数字和下划线，且不能以数字开头。');
});

test("a reader's own Parquet file becomes a table with its own columns and types", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'explore-parquet-'));
  const path = join(dir, 'county staff 2023.parquet');
  try {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run(`COPY (SELECT * FROM (VALUES
      ('东城区', 2023, 1234, 4.56::DOUBLE, 'a "quoted", comma'),
      ('西城区', 2023, NULL, 3.21::DOUBLE, ''),
      ('朝阳区', 2022, 987, NULL, NULL)
    ) t(county, year, doctors, per_1000, note)) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    con.closeSync();
    await page.goto('/en/explore/');
    await page.locator('[data-ex-parquet-file]').setInputFiles({ name: 'county staff 2023.parquet', mimeType: 'application/vnd.apache.parquet', buffer: readFileSync(path) });
    await expect(page.locator('[data-explorer]')).toHaveAttribute('data-parquet', 'done', { timeout: 45_000 });
    await expect(panelStatus(page)).toHaveText('Table county_staff_2023: 3 rows from county staff 2023.parquet (in your browser only).');
    await expect(page.locator('[data-ex-added-tables] [data-table="county_staff_2023"]')).toContainText('per_1000');
    await expect(page.locator('[data-ex-status]')).toHaveText(/^3 rows in/);
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(`SELECT county, typeof(doctors) AS t, doctors, per_1000, note IS NULL AS no_note, length(note) AS chars FROM county_staff_2023 ORDER BY year DESC, county`);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.locator('[data-ex-status]')).toHaveText(/^3 rows in/);
    const row = (i: number) => page.locator(`[data-ex-table] tbody tr[aria-rowindex="${i + 2}"] td`);
    await expect(row(0)).toHaveText(['1', '东城区', 'INTEGER', '1234', '4.56', 'false', '17']);
    await expect(row(1)).toHaveText(['2', '西城区', 'INTEGER', 'NULL', '3.21', 'false', '0']);
    await expect(row(2)).toHaveText(['3', '朝阳区', 'INTEGER', '987', 'NULL', 'true', 'NULL']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
