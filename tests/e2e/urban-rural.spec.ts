/**
 * The urban/rural page: known views show the published figures, controls change the chart and the URL, a URL with
 * state restores the view, back/forward work.
 */
import { test, expect, chartRendered } from './fixtures.ts';

const tableText = (page: import('@playwright/test').Page, id: string) => page.locator(`#${id} [data-chart-table]`).textContent();

test('village doctors per 1,000 agricultural population: 1.79 in 1980 (CSY 2010 Table 21-34)', async ({ page }) => {
  await page.goto('/urban-rural/');
  const row = page.locator('#urban-rural-village [data-chart-table] tr', { hasText: '1980' });
  await expect(row.locator('td').nth(1)).toHaveText('1.79');
  // No 2002 row in the yearbook table: the chart must not invent one.
  await expect(page.locator('#urban-rural-village [data-chart-table] tr', { hasText: '2002' })).toHaveCount(0);
  await expect(page.locator('#urban-rural-village [data-chart-source] a').first()).toHaveAttribute('href', /^\/sources\/#source-/);
});

test('WHO: China 22.27 medical doctors per 10,000 in 2019 (English page, Intl formatting)', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  const row = page.locator('#urban-rural-world [data-chart-table] tr').filter({ hasText: 'China' }).filter({ hasText: '2019' });
  await expect(row.locator('td').nth(2)).toHaveText('22.27');
  // The China line is drawn: a native tooltip on its 2019 dot.
  await expect(page.locator('#urban-rural-world svg title', { hasText: '2019: 22.27' }).first()).toBeAttached();
});

test('a URL with state restores the view: Beijing 1999 health technicians = 117,000 (CSY 2000 Table 21-17)', async ({ page }) => {
  const done = page.waitForFunction(() => document.querySelector('#urban-rural-province-rank')?.getAttribute('data-rendered') === 'live');
  await page.goto('/urban-rural/?urban-rural-province-rank.series=health_technicians.headcount.persons.-&urban-rural-province-rank.year=1999');
  await done;
  await expect(page.locator('#urban-rural-province-rank select[data-key="series"]')).toHaveValue('health_technicians.headcount.persons.-');
  const row = page.locator('#urban-rural-province-rank [data-chart-table] tr', { hasText: '北京' });
  await expect(row.locator('td').nth(2)).toHaveText('117,000');
  await expect(page.locator('#urban-rural-province-rank svg title', { hasText: '北京' }).first()).toBeAttached();
  // The other province chart keeps its own default state.
  await expect(page.locator('#urban-rural-province-map select[data-key="series"]')).toHaveValue('physicians_unspecified.density.per_1000.unspecified');
});

test('changing a control redraws the chart and updates the URL; back and forward restore each view', async ({ page }) => {
  await page.goto('/urban-rural/');
  const map = '#urban-rural-province-map';
  // The most complete recent view: physicians per 1,000 in 2018, all 31 provinces (journal table).
  await expect(page.locator(`${map} [data-chart-subtitle]`)).toContainText('2018');

  // Another indicator: the year moves to the nearest one it has figures for (2019), and the URL says both.
  let rendered = chartRendered(page, 'urban-rural-province-map');
  await page.locator(`${map} select[data-key="series"]`).selectOption('health_technicians.density.per_1000.unspecified');
  await rendered;
  await expect(page).toHaveURL(/urban-rural-province-map\.series=health_technicians\.density/);
  await expect(page).toHaveURL(/[?&]urban-rural-province-map\.year=2019(&|$)/);
  await expect(page.locator(`${map}`)).toHaveAttribute('data-rendered', 'live');

  rendered = chartRendered(page, 'urban-rural-province-map');
  await page.locator(`${map} select[data-key="year"]`).selectOption('1999');
  await rendered;
  await expect(page).toHaveURL(/[?&]urban-rural-province-map\.year=1999(&|$)/);
  await expect(page.locator(`${map} [data-chart-subtitle]`)).toContainText('1999');
  // Beijing 1999: 9.31 per 1,000 (117,000 health technicians / 12.57 million people, both CSY 2000).
  await expect(page.locator(`${map} [data-chart-table] tr`, { hasText: '北京' }).locator('td').nth(2)).toHaveText('9.31');

  rendered = chartRendered(page, 'urban-rural-province-map');
  await page.goBack();
  await rendered;
  await expect(page.locator(`${map} select[data-key="series"]`)).toHaveValue('health_technicians.density.per_1000.unspecified');
  await expect(page.locator(`${map} select[data-key="year"]`)).toHaveValue('2019');

  rendered = chartRendered(page, 'urban-rural-province-map');
  await page.goBack();
  await rendered;
  await expect(page).not.toHaveURL(/urban-rural-province-map/);
  await expect(page.locator(`${map} select[data-key="series"]`)).toHaveValue('physicians_unspecified.density.per_1000.unspecified');
  await expect(page.locator(`${map} select[data-key="year"]`)).toHaveValue('2018');

  rendered = chartRendered(page, 'urban-rural-province-map');
  await page.goForward();
  await rendered;
  await expect(page.locator(`${map} select[data-key="year"]`)).toHaveValue('2019');
});

test('provinces without a figure are empty tiles labelled "no data"', async ({ page }) => {
  await page.goto('/en/urban-rural/?urban-rural-province-map.series=health_technicians.density.per_1000.unspecified&urban-rural-province-map.year=2019');
  await page.waitForFunction(() => document.querySelector('#urban-rural-province-map')?.getAttribute('data-rendered') === 'live');
  // The table lists every province; those without a figure have an empty value cell.
  const table = page.locator('#urban-rural-province-map [data-chart-table] tbody tr');
  await expect(table).toHaveCount(31);
  const rows = await table.filter({ has: page.locator('td:nth-child(3)', { hasText: /\d/ }) }).count();
  expect(rows).toBeLessThan(31);
  await expect(page.locator('#urban-rural-province-map svg text', { hasText: 'no data' })).toHaveCount(31 - rows);
  await expect(page.locator('#urban-rural-province-map [data-chart-notes]')).toContainText('No data:');
});

test('the ranked WHO view for G7 lists China and the G7 countries for the chosen year', async ({ page }) => {
  await page.goto('/en/urban-rural/?urban-rural-world.view=rank&urban-rural-world.group=g7&urban-rural-world.year=2015');
  await page.waitForFunction(() => document.querySelector('#urban-rural-world')?.getAttribute('data-rendered') === 'live');
  await expect(page.locator('#urban-rural-world input[type=radio][value=rank]')).toBeChecked();
  const table = await tableText(page, 'urban-rural-world');
  expect(table).toContain('China');
  expect(table).toContain('17.73');
  expect(table).toContain('Germany');
  // WHO has no 2015 figure for Japan, the USA or Canada: they are named as missing, not drawn as zero.
  await expect(page.locator('#urban-rural-world [data-chart-notes]')).toContainText('No WHO figure for: United States of America, Japan, and Canada.');
  expect(table).not.toContain('Japan');
  await expect(page.locator('#urban-rural-world [data-chart-subtitle]')).toContainText('2015');
});

test('the urban/rural density chart says once which table would complete it and how to add it', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  const notes = page.locator('#urban-rural-density [data-chart-notes]');
  await expect(notes).toContainText('What completes this chart is the yearly urban/rural table of the China Health Statistical Yearbook');
  await expect(notes).toContainText('npm run data');
  expect((await notes.innerText()).match(/What completes this chart/g)).toHaveLength(1);
  // Urban nurses 2018 = 5.08 per 1,000, from a journal abstract: drawn and marked secondary.
  const row = page.locator('#urban-rural-density [data-chart-table] tr').filter({ hasText: '2018' }).filter({ hasText: 'Urban' });
  await expect(row.locator('td').nth(2)).toHaveText('5.08');
  await expect(page.locator('#urban-rural-density [data-chart-source] .secondary-mark').first()).toBeAttached();
});
