/**
 * The Read a report page: a pasted report is read in the browser, its figures marked by kind with their reading on
 * hover and focus, its title and education make-up drawn beside the national one, the discrepancy stated, the table
 * sorted, filtered and downloaded; a GB18030 file opens; the reports in the dataset are listed with their figures.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import iconv from 'iconv-lite';
import { annotatedReport } from '../helpers/annotated-report.ts';
import { expect, test } from './fixtures.ts';

const { text, gold } = annotatedReport('county-summary');

test('a pasted report: figures highlighted by kind, readings on hover and focus, compositions drawn, CSV downloaded', async ({ page }) => {
  await page.goto('/reports/');
  await page.locator('#rr-text').fill(text);
  await page.getByRole('button', { name: '读取数字' }).click();
  await expect(page.locator('[data-rr-status]')).toHaveText('找到 36 个数字（1 篇文件），5 组构成，其中 1 组各部分之和与合计不符。');

  const marks = page.locator('[data-rr-doc] mark.rr-fig');
  await expect(marks).toHaveCount(36);
  expect(await marks.allTextContents()).toEqual(gold.filter((g) => g.scope === 'core').map((g) => g.text));
  const total = marks.filter({ hasText: /^1520$/ });
  await expect(total).toHaveAttribute('data-kind', 'headcount');
  await expect(marks.filter({ hasText: /^1032$/ })).toHaveAttribute('data-kind', 'trained');
  await expect(marks.filter({ hasText: /^60$/ })).toHaveAttribute('data-kind', 'target');

  // hover: the reading of 1520 (a total of 1,520 persons in 2019, ××县)
  await total.hover();
  const tip = page.locator('#rr-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('1,520 人');
  await expect(tip).toContainText('人数');
  await expect(tip).toContainText('2019年');
  await expect(tip).toContainText('××县');
  // keyboard: focus on a figure shows its reading; Escape hides it (the pointer leaves the text first: a figure
  // scrolled under a resting pointer would show its own reading again)
  await page.mouse.move(0, 0);
  await marks.filter({ hasText: /^5-10万$/ }).focus();
  await expect(tip).toContainText('50,000–100,000 元');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  // the education parts add up to 1,517, not the printed 1,520: shown plainly
  await expect(page.locator('[data-rr-discrepancies]')).toBeVisible();
  await expect(page.locator('[data-rr-discrepancy-list] li')).toHaveText(/各部分之和为 1,517，所印合计为 1,520/);

  // compositions beside the national make-up, with the national source
  const charts = page.locator('[data-rr-charts] figure');
  // in the order the report prints them; a make-up says which whole it is of (the graduates recruited, the staff)
  await expect(charts).toHaveCount(3);
  await expect(charts.nth(0).locator('figcaption')).toHaveText('按学历');
  await expect(charts.nth(0).locator('svg')).toHaveAttribute('aria-label', /^本报告·××县：医学类毕业生（2019）: 本科 36\.2%, 大专 63\.8%; 全国卫生技术人员/);
  await expect(charts.nth(1).locator('figcaption')).toHaveText('按职称');
  await expect(charts.nth(1).locator('svg')).toBeVisible();
  await expect(charts.nth(1).locator('svg')).toHaveAttribute('aria-label', /本报告·××县：卫生技术人员（2019）: 高级职称 7\.8%.*全国卫生技术人员（\d{4}）: 高级/);
  await expect(charts.nth(2).locator('figcaption')).toHaveText('按学历');
  // the original publication first, then the copy it was read from
  await expect(charts.nth(2).locator('.rr-chart-note').filter({ hasText: '全国数字来源' })).toHaveText(/^全国数字来源：国家卫生健康委员会《[^》]+》.*；读取自：/);

  // the table: filter by kind, sort by value
  const rows = page.locator('[data-rr-table] tbody tr');
  await expect(rows).toHaveCount(36);
  await page.locator('[data-rr-filter]').selectOption('trained');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('[data-rr-shown]')).toHaveText('显示 4 / 36 个数字');
  await page.locator('[data-rr-filter]').selectOption('');
  await page.locator('[data-rr-sort="value"]').click();
  await page.locator('[data-rr-sort="value"]').click();
  await expect(page.locator('[data-rr-table] th').nth(2)).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().locator('td').nth(1)).toHaveText('102.96万');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-rr-download="csv"]').click()]);
  expect(download.suggestedFilename()).toBe('report-figures.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFid,start,end,text,value,value_max,qualifier,unit')).toBe(true);
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(37);
  expect(lines.find((l) => l.split(',')[3] === '1032')).toMatch(/,1032,,,person-times,,trained,false,/);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('an opened GB18030 file is decoded in the browser; English words on /en/reports/', async ({ page }) => {
  await page.goto('/en/reports/');
  await page.locator('[data-rr-file]').setInputFiles({
    name: 'report.txt', mimeType: 'text/plain', buffer: iconv.encode('泗縣衛健委簽訂農村訂單定向醫學生10人，其中女生6人。\r\n', 'gb18030'),
  });
  await expect(page.locator('#rr-text')).toHaveValue(/泗縣衛健委簽訂農村訂單定向醫學生10人/);
  await expect(page.locator('[data-rr-status]')).toHaveText(/^Found 2 figures in 1 document: /);
  await page.locator('[data-rr-doc] mark').first().hover();
  await expect(page.locator('#rr-tip')).toContainText('10 persons');
  await expect(page.locator('#rr-tip')).toContainText('order_directed_students');
  await expect(page.locator('[data-rr-charts]')).toHaveText('This report has no title or education make-up to compare with the national one.');
});

test('shares printed without a count (研究生学历占6.8%…) are a make-up drawn as printed beside the national one', async ({ page }) => {
  await page.goto('/en/reports/');
  await page.locator('#rr-text').fill('截至2022年底，全县卫生技术人员1234人。从学历结构看，研究生学历占6.8%，大学本科占41.3%，大专占38.2%，中专及以下占13.7%。');
  await page.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page.locator('[data-rr-status]')).toHaveText('Found 5 figures in 1 document: 1 composition, 0 of them not adding up to their total.');
  const chart = page.locator('[data-rr-charts] figure');
  await expect(chart).toHaveCount(1);
  await expect(chart.locator('figcaption')).toHaveText('By education');
  await expect(chart.locator('.rr-chart-note').first()).toHaveText(/^Bars are the percentages the report prints for each part;/);
  await expect(chart.locator('svg')).toHaveAttribute('aria-label', /^This report · 全县 \(year not printed\): 研究生学历 6\.8%, 大学本科 41\.3%, 大专 38\.2%, 中专及以下 13\.7%; China, health technicians/);
});

test('the reports in the dataset are listed with every figure as it was read', async ({ page }) => {
  await page.goto('/reports/');
  const reports = page.locator('details.rr-report');
  await expect(reports).toHaveCount(3);
  const sixian = page.locator('details[data-report-file="reports/sixian-2022.txt"]');
  await sixian.locator('summary').click();
  const row = sixian.locator('tr[data-figure-id="sixian-2022.txt@1717"]');
  await expect(row).toContainText('擬招聘臨床醫學、護理、醫學檢驗技術、預防醫學等專業共105人');
  await expect(row.locator('mark')).toHaveText('105');
  await expect(row).toContainText('已复核');
  await expect(row).toContainText('泗縣 (341324)');
  await expect(sixian.getByRole('link', { name: /人民网/ })).toHaveAttribute('href', /\/sources\/#source-people-cn-anhui-sixian-2022-09-29$/);
  // the original publication first (its title as published, not the traditional-script copy's), then the copy
  await expect(sixian.locator('summary strong')).toHaveText('安徽泗县：实施“人才强医战略” 为百姓幸福再“加码”');
  await expect(sixian.getByRole('link', { name: /人民网/ })).toHaveText(/^人民网《安徽泗县：实施“人才强医战略” 为百姓幸福再“加码”》，2022-09-29，.*；读取自：/);
});
