/**
 * Bring your own table (block on the urban/rural page): each published layout dropped in is read in the browser with
 * the build's rules — placed rows, the build's rejection messages, rows read = placed + rejected + blank — kept as
 * DuckDB's my_rows across reloads, drawn as a labelled "your table" series on the urban/rural density chart, never in
 * embeds, and gone when removed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parquetFromCsv } from '../helpers/own-table-parquet.ts';
import { workbookFromCsv } from '../helpers/own-table-xlsx.ts';
import { chartRendered, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const GB18030 = fixture('own-table/urban-rural-density-gb18030.csv');

async function drop(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
  await page.locator('[data-own-file]').setInputFiles({ name, mimeType, buffer });
}

const summary = (page: Page) => page.locator('[data-own-summary]');
const placedRows = (page: Page) => page.locator('[data-own-placed] tbody tr');
const rejectedRows = (page: Page) => page.locator('[data-own-rejected] tbody tr');
const chart = (page: Page) => page.locator('#urban-rural-density');

test('a GB18030 yearbook urban/rural table: rows placed and rejected, my_rows, the chart series, kept across reloads, removed', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  const drawn = chartRendered(page, 'urban-rural-density');
  await drop(page, 'urban-rural-density-gb18030.csv', readFileSync(GB18030));
  await expect(summary(page)).toHaveText('urban-rural-density-gb18030.csv (yearbook:by-year, gb18030): 90 figures read: 78 placed, 10 rejected, 2 blank (no figure printed).');
  await expect(placedRows(page)).toHaveCount(78);
  // the row printed 2018① is read as 2018: nurses in total, cities and countryside
  const nurses2018 = placedRows(page).filter({ has: page.locator('td', { hasText: /^2018$/ }) }).filter({ hasText: 'Registered nurses' });
  await expect(nurses2018).toHaveCount(3);
  await expect(nurses2018.filter({ hasText: 'Urban' })).toContainText('per 1,000 population');
  await expect(nurses2018.filter({ hasText: 'Urban' }).locator('td').nth(6)).toHaveText('5.08');
  await expect(rejectedRows(page)).toHaveCount(1);
  await expect(rejectedRows(page).first()).toContainText('row label "2021年(修订)" is not a year');
  await expect(rejectedRows(page).first().locator('td').first()).toHaveText('13');

  // the chart: the reader's urban and rural nurses per 1,000 beside the published series, labelled, with a note
  await drawn;
  const svg = chart(page).locator('[data-chart-figure] svg[role="img"]');
  await expect(svg.locator('text', { hasText: 'your table · cities' })).toHaveCount(1);
  await expect(svg.locator('text', { hasText: 'your table · countryside' })).toHaveCount(1);
  await expect(svg.locator('title', { hasText: /your table · cities\n2018: 5\.08 人\/千人口/ })).toHaveCount(1);
  await expect(chart(page).locator('[data-chart-notes]')).toContainText('your table (urban-rural-density-gb18030.csv, in this browser only)');
  // the data table and downloads keep the published rows only
  await expect(chart(page).locator('[data-chart-table]')).not.toContainText('10.91');

  // DuckDB: my_rows holds every placed row
  await page.evaluate(() => (window as unknown as { chwdQuery(n: string): Promise<unknown> }).chwdQuery('source_list'));
  const myRows = await page.evaluate(() => (window as unknown as { chwdMyRows(): Promise<{ year: number; area: string; cadre: string; value: number }[]> }).chwdMyRows());
  expect(myRows).toHaveLength(78);
  expect(myRows.find((r) => r.year === 2020 && r.area === 'rural' && r.cadre === 'physicians_assistants')?.value).toBe(2.06);

  // kept across a reload
  await page.reload();
  await expect(summary(page)).toContainText('78 placed');
  await expect(chart(page).locator('svg[role="img"] text', { hasText: 'your table · cities' })).toHaveCount(1);

  // never in an embed
  await page.goto('/en/embed/urban-rural-density/');
  await expect(page.locator('section[data-chart]')).toHaveAttribute('data-rendered', /^(page|live)$/);
  await expect(page.locator('section[data-chart] svg[role="img"]').first()).toBeAttached();
  await expect(page.locator('svg text', { hasText: 'your table' })).toHaveCount(0);
  await expect(page.locator('[data-chart-notes]')).not.toContainText('your table');

  // removed: gone from the page and the chart
  await page.goto('/en/urban-rural/');
  await expect(chart(page).locator('svg[role="img"] text', { hasText: 'your table · cities' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove my table' }).click();
  await expect(page.locator('[data-own-status]')).toHaveText('Your table was removed.');
  await expect(page.locator('[data-own-output]')).toBeHidden();
  await expect(chart(page).locator('svg[role="img"] text', { hasText: 'your table' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-own-output]')).toBeHidden();
});

test("the reader's national rows also appear on every other chart of the same indicator: the overview's densities, by cadre, never its cities", async ({ page }) => {
  await page.goto('/en/urban-rural/');
  await drop(page, 'urban-rural-density-gb18030.csv', readFileSync(GB18030));
  await expect(summary(page)).toContainText('78 placed');
  await page.goto('/en/');
  const overview = page.locator('#overview-density-targets');
  const svg = overview.locator('[data-chart-figure] svg[role="img"]');
  await expect(svg.locator('text', { hasText: 'your table · Registered nurses' })).toHaveCount(1);
  await expect(svg.locator('text', { hasText: 'your table · Licensed (assistant) physicians' })).toHaveCount(1);
  await expect(svg.locator('text', { hasText: /your table · (cities|countryside|Health technicians)/ })).toHaveCount(0);
  // in the colour the chart gives the same cadre
  const nurses = svg.locator('text', { hasText: 'your table · Registered nurses' });
  const legend = overview.locator('[data-chart-figure] .legend-swatch, [data-chart-figure] [class$="-swatch"]').filter({ hasText: 'Registered nurses' }).locator('svg');
  await expect(legend).toHaveCount(1);
  expect(await nurses.getAttribute('fill')).toBe(await legend.getAttribute('fill'));
  await expect(overview.locator('[data-chart-notes]')).toContainText('your table (urban-rural-density-gb18030.csv, in this browser only)');
  await expect(overview.locator('[data-chart-table]')).not.toContainText('your table');
});

test('the same table as an .xlsx workbook (merged headings, numbers with formats) places the same rows', async ({ page }) => {
  await page.goto('/urban-rural/');
  await drop(page, 'table.xlsx', await workbookFromCsv(GB18030), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(summary(page)).toHaveText('table.xlsx（yearbook:by-year，xlsx）：读取 90 个数字，其中 78 个已放入表格，10 个被拒绝，2 个空格（表中未印数字）。');
  await expect(placedRows(page).filter({ has: page.locator('td', { hasText: /^1\.50$/ }) })).toHaveCount(1); // printed 1.50 stays 1.50
  await expect(chart(page).locator('svg[role="img"] text', { hasText: '你的表格 · 城市' })).toHaveCount(1);
  await page.getByRole('button', { name: '删除我的表格' }).click();
});

test('a table with its years across the header row is read turned round, its 城市 and 农村 rows those of the cadre above', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  const drawn = chartRendered(page, 'urban-rural-density');
  await drop(page, 'across.csv', Buffer.from('每千人口注册护士数（测试：数字为虚构）\n指标,2019年,2020年,2021年\n注册护士,3.18,3.34,3.56\n城市,5.22,5.40,4.58\n农村,1.99,2.10,—\n'));
  await expect(summary(page)).toHaveText('across.csv (yearbook:years-across, utf-8): 9 figures read: 8 placed, 0 rejected, 1 blank (no figure printed).');
  const urban2020 = placedRows(page).filter({ has: page.locator('td', { hasText: /^2020$/ }) }).filter({ hasText: 'Urban' });
  await expect(urban2020).toHaveCount(1);
  await expect(urban2020).toContainText('Registered nurses');
  await expect(urban2020).toContainText('per 1,000 population');
  await drawn;
  const svg = chart(page).locator('[data-chart-figure] svg[role="img"]');
  await expect(svg.locator('title', { hasText: /your table · cities\n2020: 5\.40 人\/千人口/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove my table' }).click();
});

test('a long table, one figure per row (指标 | 城乡 | 年份 | 数值 | 单位), places each row in its own unit', async ({ page }) => {
  await page.goto('/urban-rural/');
  await drop(page, 'long.csv', Buffer.from('指标,城乡,年份,数值,单位\n注册护士,城市,2020,5.40,人/千人口\n注册护士,农村,2020,2.10,人/千人口\n卫生技术人员,,2020,1067.8,万人\n'));
  await expect(summary(page)).toHaveText('long.csv（yearbook:long，utf-8）：读取 3 个数字，其中 3 个已放入表格，0 个被拒绝，0 个空格（表中未印数字）。');
  await expect(placedRows(page).filter({ hasText: '城市' })).toContainText('每千人口');
  await expect(placedRows(page).filter({ hasText: '卫生技术人员' })).toContainText('10,678,000');
  await page.getByRole('button', { name: '删除我的表格' }).click();
});

test('a by-region TSV in 万人 asks for nothing it can read from the title; an unknown region is rejected with the nearest names', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  await drop(page, 'headcount-by-region.tsv', readFileSync(fixture('own-table/headcount-by-region.tsv')), 'text/tab-separated-values');
  await expect(summary(page)).toHaveText('headcount-by-region.tsv (yearbook:by-region, utf-8): 15 figures read: 12 placed, 3 rejected, 0 blank (no figure printed).');
  await expect(page.locator('[data-own-answers] [name=year]')).toHaveValue('2022');
  await expect(page.locator('[data-own-answers] [name=unit]')).toHaveValue('万人');
  await expect(rejectedRows(page)).toHaveCount(3);
  await expect(rejectedRows(page).first()).toContainText('unknown province or region "火星"');
  await expect(rejectedRows(page).first()).toContainText('nearest known:');
  await expect(placedRows(page).filter({ hasText: 'Beijing' }).filter({ hasText: 'Registered nurses' })).toContainText('127,000');
  // the reader corrects what the table does not say, and it is read again
  await page.locator('[data-own-answers] [name=year]').fill('2021');
  await page.getByRole('button', { name: 'Read again' }).click();
  await expect(placedRows(page).filter({ hasText: 'Beijing' }).first()).toContainText('2021');
  await page.getByRole('button', { name: 'Remove my table' }).click();
});

test('a by-region table that does not say its year, in a semicolon-separated file: the year field is marked and asked for, then the rows are placed', async ({ page }) => {
  await page.goto('/urban-rural/');
  await drop(page, 'regions.csv', Buffer.from('地区;卫生技术人员;注册护士\n北京;29,1;12,7\n天津;11,2;4,4\n'));
  const year = page.locator('[data-own-answers] [name=year]');
  await expect(page.locator('[data-own-status]')).toHaveText('这是按地区排列的表格，表中没有年份：请在上面填写年份，再点“重新读取”。');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(placedRows(page)).toHaveCount(0);
  await year.fill('2021');
  await page.locator('[data-own-answers] [name=unit]').fill('万人');
  await page.getByRole('button', { name: '重新读取' }).click();
  await expect(summary(page)).toHaveText('regions.csv（yearbook:by-region，utf-8）：读取 4 个数字，其中 4 个已放入表格，0 个被拒绝，0 个空格（表中未印数字）。');
  await expect(placedRows(page).filter({ hasText: '北京' }).filter({ hasText: '注册护士' })).toContainText('127,000');
  await expect(year).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(page.locator('[data-own-status]')).toHaveText('');
  await page.getByRole('button', { name: '删除我的表格' }).click();
});

test("the site's own row-per-figure file: known citations placed, a misspelt indicator rejected with the nearest label", async ({ page }) => {
  await page.goto('/en/urban-rural/');
  await drop(page, 'figure-rows.csv', readFileSync(fixture('own-table/figure-rows.csv')));
  await expect(summary(page)).toContainText('5 figures read: 4 placed, 1 rejected');
  await expect(page.locator('[data-own-answers]')).toBeHidden();
  await expect(rejectedRows(page).first()).toContainText('unknown indicator "每千人口注册护土"');
  await expect(rejectedRows(page).first()).toContainText('每千人口注册护士');
  await page.getByRole('button', { name: 'Remove my table' }).click();
});

test('a Parquet file (ZSTD) of the same rows is read in the browser', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  await drop(page, 'figure-rows.parquet', await parquetFromCsv(fixture('own-table/figure-rows.csv')), 'application/vnd.apache.parquet');
  await expect(summary(page)).toContainText('figure-rows.parquet (figure-rows:indicator, parquet): 5 figures read: 4 placed, 1 rejected');
  await expect(rejectedRows(page).first()).toContainText('unknown indicator "每千人口注册护土"');
  await page.getByRole('button', { name: 'Remove my table' }).click();
});

test('a WHO GHO export', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  await drop(page, 'gho-export.csv', readFileSync(fixture('who/gho-export.csv')));
  await expect(summary(page)).toContainText('gho-export.csv (who-gho-export, utf-8)');
  await expect(placedRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove my table' }).click();
});
