/**
 * Overview, qualifications, training and sources pages in both languages: known views show the published figures
 * (checked against the source documents), controls change the chart and the URL, URL state restores a view, the
 * sources page lists every source with working anchors, and the pages work without JavaScript.
 */
import { test, expect, chartRendered } from './fixtures.ts';
import type { Page } from '@playwright/test';

const row = (page: Page, id: string, ...texts: string[]) => {
  let loc = page.locator(`#${id} [data-chart-table] tr`);
  // Each text must be a whole cell (a year inside a source id must not match).
  for (const t of texts) loc = loc.filter({ has: page.locator('td', { hasText: new RegExp(`^${t}$`) }) });
  return loc;
};

test('overview (zh): GPs per 10,000 = 4.54 in 2024 (2024 bulletin, read only from a mirror: secondary) against the 2030 target of 5', async ({ page }) => {
  await page.goto('/');
  const gp = page.locator('[data-headline="gps_per_10000"]');
  await expect(gp.locator('[data-value]')).toHaveText('4.54');
  await expect(gp.locator('[data-year]')).toHaveText('2024年');
  // The card names the original publication, then the copy read and its kind; a mirror-only figure is secondary.
  await expect(gp.locator('[data-headline-source]')).toHaveText('国家卫生健康委员会《2024年我国卫生健康事业发展统计公报》');
  await expect(gp.locator('.read-from')).toContainText('镜像站转载');
  await expect(gp.locator('.secondary-mark')).toBeVisible();
  await expect(gp.locator('[data-target]')).toContainText('2030年 5');
  await expect(gp.locator('a').first()).toHaveAttribute('href', /^\/sources\/#source-/);
  await expect(page.locator('[data-headline="health_workers"] [data-target]')).toContainText('2025年 1,600万');
  await expect(page.locator('#overview-density-targets svg[role="img"]:visible')).toHaveCount(1);
  for (const href of ['/urban-rural/', '/qualifications/', '/training/']) await expect(page.locator(`.themes a[href="${href}"]`)).toBeVisible();
});

test('overview (en): physicians 3.61 per 1,000 in 2024, 14th Five-Year Plan target 3.20 (as printed) by 2025', async ({ page }) => {
  await page.goto('/en/');
  const doc = page.locator('[data-headline="physicians_assistants_per_1000"]');
  await expect(doc.locator('[data-value]')).toHaveText('3.61');
  await expect(doc.locator('[data-target]')).toContainText('Target: 3.20 by 2025 (14th Five-Year Plan for health workforce development)');
  await expect(row(page, 'overview-density-targets', 'Registered nurses', '2030').locator('td').nth(3)).toHaveText('4.7');
});

test('qualifications (zh): 2013 health technicians 本科及以上 28.5%; 2015 shows only the published category', async ({ page }) => {
  await page.goto('/qualifications/');
  await expect(row(page, 'qualifications-composition', '2013', '本科及以上').locator('td').nth(3)).toHaveText('28.5');
  await expect(row(page, 'qualifications-composition', '2015')).toHaveCount(1);
  await expect(page.locator('#qualifications-composition svg text', { hasText: '2015 · 全国' }).first()).toBeAttached();
  await expect(row(page, 'qualifications-degree-share', '注册护士', '2023').locator('td').nth(3)).toHaveText('超过80');
});

test('qualifications: choosing titles redraws the chart and sets the URL; back restores education', async ({ page }) => {
  await page.goto('/qualifications/');
  const rendered = chartRendered(page, 'qualifications-composition');
  await page.locator('#qualifications-composition input[data-key="breakdown"][value="title"]').check();
  await rendered;
  await expect(page).toHaveURL(/[?&]qualifications-composition\.breakdown=title(&|$)/);
  // 2018 bulletin: 高级 8.0%, 待聘 10.9%.
  await expect(row(page, 'qualifications-composition', '2018', '高级').locator('td').nth(3)).toHaveText('8.0');
  await expect(page.locator('#qualifications-composition svg title', { hasText: '待聘: 10.9%' }).first()).toBeAttached();
  const back = chartRendered(page, 'qualifications-composition');
  await page.goBack();
  await back;
  await expect(page.locator('#qualifications-composition input[value="education"]')).toBeChecked();
});

test('a URL with state restores the view: physicians in township health centres 2013, 本科及以上 11.9% (JABFM, secondary)', async ({ page }) => {
  const done = page.waitForFunction(() => document.querySelector('#qualifications-composition')?.getAttribute('data-rendered') === 'live');
  await page.goto('/qualifications/?qualifications-composition.cadre=physicians_assistants');
  await done;
  await expect(page.locator('#qualifications-composition select[data-key="cadre"]')).toHaveValue('physicians_assistants');
  await expect(row(page, 'qualifications-composition', '2013', '乡镇卫生院', '本科及以上').locator('td').nth(3)).toHaveText('11.9');
  await expect(page.locator('#qualifications-composition svg text', { hasText: '2013 · 乡镇卫生院（二手来源）' }).first()).toBeAttached();
});

test('training (en): GPs per 10,000 in 2015 = 1.38 (bulletin, preferred over 1.37); switching to counts updates chart and URL', async ({ page }) => {
  await page.goto('/en/training/');
  await expect(row(page, 'training-gps', 'Published', '2015').locator('td').nth(2)).toHaveText('1.38');
  await expect(row(page, 'training-gps', 'Target', '2020').locator('td').nth(3)).toHaveText('3');
  await expect(row(page, 'training-gps', '2014')).toHaveCount(0);
  await expect(row(page, 'training-order-directed', '2020').locator('td').nth(1)).toHaveText('6,822');
  const rendered = chartRendered(page, 'training-gps');
  await page.locator('#training-gps input[data-key="measure"][value="headcount"]').check();
  await rendered;
  await expect(page).toHaveURL(/[?&]training-gps\.measure=headcount(&|$)/);
  // 2012: the journal's own page (10.98万) ranks before a copy of the same journal on a mirror host (109,794).
  await expect(row(page, 'training-gps', 'Published', '2012').locator('td').nth(2)).toHaveText('109,800');
  await expect(page.locator('#training-gps [data-chart-subtitle]')).toContainText('Number of GPs');
});

test('training (zh): residency cumulative 48万 (2018) and the programme selector', async ({ page }) => {
  await page.goto('/training/');
  await expect(row(page, 'training-residency', '累计招收人数', '2018').locator('td').nth(2)).toHaveText('480,000');
  const rendered = chartRendered(page, 'training-programmes');
  await page.locator('#training-programmes select[data-key="programme"]').selectOption('order_directed');
  await rendered;
  await expect(page).toHaveURL(/training-programmes\.programme=order_directed/);
  await expect(row(page, 'training-programmes', '毕业生到乡镇卫生院工作比例', '2018')).toHaveCount(1);
});

for (const lang of ['zh', 'en'] as const) {
  test(`sources (${lang}): every source listed with an anchor; chart source links land on their entry`, async ({ page, request }) => {
    const prefix = lang === 'en' ? '/en' : '';
    const manifest = await (await request.get('/data/manifest.json')).json() as { tables: { name: string; rows: number }[]; data_version: string };
    await page.goto(`${prefix}/training/`);
    const link = page.locator('#training-gps [data-chart-source] a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${prefix}/sources/#source-`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/sources/#source-`));
    const id = decodeURIComponent(href!.split('#')[1]!);
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    const nSources = manifest.tables.find((t) => t.name === 'sources')!.rows;
    // Every source page has its entry, under the original publication it copies.
    await expect(page.locator('li.copy[id^="source-"]')).toHaveCount(nSources);
    await expect(page.locator('[data-data-version] code')).toHaveText(manifest.data_version);
    // 2014 has no GP density: the coverage table names it as missing.
    await expect(page.locator('[data-coverage="gps.density.per_10000"]')).toContainText('2014');
    for (const t of manifest.tables) {
      for (const ext of ['parquet', 'csv']) {
        const a = page.locator(`[data-download="${t.name}"] a[href="/data/${t.name}.${ext}"]`);
        await expect(a).toHaveCount(1);
        expect((await request.head(`/data/${t.name}.${ext}`)).status()).toBe(200);
      }
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('charts and tables are in the page', async ({ page }) => {
    for (const path of ['/', '/en/qualifications/', '/training/']) {
      await page.goto(path);
      const charts = page.locator('section.chart');
      expect(await charts.count()).toBeGreaterThan(0);
      for (const c of await charts.all()) await expect(c.locator('svg[role="img"]:visible')).toHaveCount(1);
    }
    await expect(row(page, 'training-gps', '公布值', '2023').locator('td').nth(2)).toHaveText('3.99');
  });
});
