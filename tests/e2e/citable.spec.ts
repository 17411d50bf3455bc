/**
 * What a researcher needs to cite a figure, checked on every page and embed in both languages: original publications
 * named first and never a mirror host or an internal id in their place; qualified figures drawn and worded as
 * printed; a visible note on what each chart covers; controls that only offer views with figures; no Chinese left
 * untranslated on English pages; no page wider than a phone.
 */
import { readFileSync } from 'node:fs';
import { test, expect, chartRendered } from './fixtures.ts';

const root = new URL('../../', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('data/sources.json', root), 'utf8')) as { id: string }[];
const SOURCE_IDS = catalogue.map((s) => s.id);
const MIRRORS = readFileSync(new URL('data/vocab/mirror-hosts.csv', root), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
const PAGES = ['', 'urban-rural/', 'qualifications/', 'training/', 'scenario/', 'sources/', 'coverage/'];
const CHART_PAGES = ['', 'urban-rural/', 'qualifications/', 'training/'];

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en/' : '/';

  test(`source labels name original publications, never a mirror host or an internal id (${lang})`, async ({ page }) => {
    for (const path of [...CHART_PAGES, 'sources/']) {
      await page.goto(prefix + path);
      // The names that stand for a source: links to the Sources page, headline cards, data-table source cells.
      const labels = [
        ...await page.locator('[data-chart-source] a[href*="/sources/#source-"], [data-headline-source], .source-title').allTextContents(),
        ...await page.locator('[data-chart-table] td').allTextContents(),
      ];
      expect(labels.length, path).toBeGreaterThan(0);
      const ids = new Set(SOURCE_IDS);
      const wrong = [...new Set(labels)].flatMap((text) => [
        ...MIRRORS.filter((host) => text.includes(host)).map((host) => `"${text}" names the mirror ${host}`),
        ...(ids.has(text.trim()) ? [`"${text}" is a source id`] : []),
      ]);
      const visible = await page.locator('main').innerText();
      wrong.push(...SOURCE_IDS.filter((x) => x.length > 12 && visible.includes(x)).map((id) => `id ${id} on the page`));
      expect(wrong, path).toEqual([]);
    }
  });

  test(`every chart says in a visible sentence what it covers, and screen readers hear the same (${lang})`, async ({ page }) => {
    for (const path of CHART_PAGES) {
      await page.goto(prefix + path);
      const sections = page.locator('section[data-chart]');
      for (let i = 0; i < await sections.count(); i++) {
        const section = sections.nth(i);
        const note = section.locator('[data-coverage-note]');
        await expect(note, `${path} chart ${i}`).toBeVisible();
        const text = (await note.textContent())!.trim();
        expect(text.length).toBeGreaterThan(10);
        const label = await section.locator('[data-chart-figure] svg[role="img"]:visible').getAttribute('aria-label');
        expect(label, `${path}: the description carries the visible coverage note`).toContain(text);
      }
    }
  });
}

test('a figure printed as a bound is drawn open with its arrow and worded as printed, never as exact', async ({ page }) => {
  // Registered nurses per 1,000 in the countryside, 2018: "less than two" (BMJ Open 2021 abstract).
  await page.goto('/en/urban-rural/');
  const chart = page.locator('#urban-rural-density');
  await expect(chart.locator('[data-chart-table] tr', { hasText: 'Rural' }).filter({ hasText: '2018' }).locator('td').nth(2)).toHaveText('less than 2');
  await expect(chart.locator('svg title', { hasText: /2018: less than 2/ }).first()).toBeAttached();
  await expect(chart.locator('svg:visible text', { hasText: '↓' })).toHaveCount(1);
  await expect(chart.locator('[data-chart-notes]')).toContainText('↓ less than or up to');
  // No ratio is computed from a bound.
  await expect(chart.locator('svg text', { hasText: /ratio/ })).toHaveCount(0);
  await page.goto('/urban-rural/');
  await expect(page.locator('#urban-rural-density [data-chart-table] tr', { hasText: '农村' }).filter({ hasText: '2018' }).locator('td').nth(2)).toHaveText('不足2');
});

test('the province year menu offers only years with figures for the chosen indicator, with province counts', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  const chart = page.locator('#urban-rural-province-map');
  const year = chart.locator('select[data-key="year"]');
  await expect(year).toHaveValue('2018');
  await expect(year.locator('option:not([disabled])')).toHaveText(['2018 (31 provinces)']);
  const drawn = chartRendered(page, 'urban-rural-province-map');
  await chart.locator('select[data-key="series"]').selectOption('health_technicians.density.per_1000.unspecified');
  await drawn;
  // Only this indicator's years, newest first, each with its number of provinces (1999: the yearbook's full table).
  const offered = await year.locator('option:not([disabled])').allTextContents();
  expect(offered).toContain('1999 (31 provinces)');
  expect(offered).not.toContain('2018 (31 provinces)');
  for (const o of offered) expect(o).toMatch(/^\d{4} \((1 province|\d+ provinces)\)$/);
  // The year moved to the nearest one with figures for this indicator, and the chart says so.
  const shown = await year.inputValue();
  expect(offered.map((o) => o.slice(0, 4))).toContain(shown);
  await expect(chart.locator('[data-chart-fitted]')).toContainText(shown);
  await expect(chart.locator('[data-coverage-note]')).toContainText(`in ${shown}`);
});

test('an old link to a view without figures says so and shows the nearest view with figures', async ({ page }) => {
  const drawn = page.waitForFunction(() => document.querySelector('#urban-rural-province-map')?.getAttribute('data-rendered') === 'live');
  await page.goto('/en/urban-rural/?urban-rural-province-map.series=health_technicians.density.per_1000.unspecified&urban-rural-province-map.year=2013');
  await drawn;
  const chart = page.locator('#urban-rural-province-map');
  await expect(chart.locator('[data-chart-fitted]')).toBeVisible();
  await expect(chart.locator('[data-chart-fitted]')).toContainText('2013');
  // 2015 is the nearest year with figures for this indicator (two provinces); 1999 has all 31.
  await expect(chart.locator('select[data-key="year"]')).toHaveValue('2015');
  await expect(chart.locator('[data-coverage-note]')).toContainText('Figures for 2 provinces in 2015');
  await expect(chart.locator('[data-coverage-note]')).toContainText('1999');
});

test('a chart with one value draws no axis of repeated years; one province is not a ranking', async ({ page }) => {
  await page.goto('/en/urban-rural/');
  const ticks = await page.locator('#urban-rural-density svg[role="img"]:visible g[aria-hidden] ~ g text').allTextContents();
  const years = ticks.filter((t) => /^\d{4}$/.test(t));
  expect(new Set(years).size, `year ticks: ${years.join(' ')}`).toBe(years.length);
  const rank = page.locator('#urban-rural-province-rank');
  const drawn = chartRendered(page, 'urban-rural-province-rank');
  await rank.locator('select[data-key="series"]').selectOption('physicians_assistants.density.per_1000.household');
  await drawn;
  const label = (await rank.locator('svg[role="img"]:visible').getAttribute('aria-label'))!;
  expect(label).not.toMatch(/highest .* lowest/);
});

test('Cite dialog cites the data (version, build date) and its original sources, with the licence of the compiled dataset', async ({ page }) => {
  await page.goto('/en/training/');
  const chart = page.locator('#training-gps');
  await chart.locator('[data-share-open="cite"]').click();
  const dialog = chart.locator('dialog[data-share-dialog="cite"]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-citation="en"]')).toContainText(/Data version [0-9a-f]+, built \d{4}-\d{2}-\d{2}/);
  const originals = dialog.locator('[data-cite-originals] li');
  expect(await originals.count()).toBeGreaterThan(1);
  await expect(originals.first()).toContainText('read from:');
  await expect(dialog.locator('[data-cite-licence]')).toContainText('CC BY 4.0');
  const text = (await dialog.innerText());
  for (const id of SOURCE_IDS.filter((x) => x.length > 12)) expect(text.includes(id), id).toBe(false);
});

test('English pages and embeds show no untranslated Chinese (Chinese-language labels are marked lang="zh")', async ({ page }) => {
  const embeds = ['overview-density-targets', 'training-gp-registration', 'urban-rural-density', 'urban-rural-province-map', 'qualifications-degree-share'];
  for (const path of [...PAGES.map((p) => `/en/${p}`), ...embeds.map((e) => `/en/embed/${e}/`)]) {
    await page.goto(path);
    const chinese = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (el.closest('[lang^="zh"], script, style, template, [hidden]')) continue;
        if (/[\u3400-\u9fff]/.test(n.textContent ?? '')) out.push((n.textContent ?? '').trim().slice(0, 60));
      }
      // Tooltips and descriptions are read too.
      for (const el of document.querySelectorAll('[title], [aria-label]')) {
        if (el.closest('[lang^="zh"]')) continue;
        for (const a of ['title', 'aria-label']) if (/[\u3400-\u9fff]/.test(el.getAttribute(a) ?? '')) out.push(`${a}: ${(el.getAttribute(a) ?? '').slice(0, 60)}`);
      }
      return out;
    });
    expect(chinese, path).toEqual([]);
  }
});

for (const path of ['/sources/', '/en/sources/', '/coverage/', '/en/coverage/', '/', '/en/training/']) {
  test(`${path} fits a 375 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
}

test('Coverage page: every indicator with its counts, cells coloured by the best kind of source and linked to their values', async ({ page }) => {
  await page.goto('/en/coverage/');
  await expect(page.locator('[data-coverage-summary]')).toContainText(/\d+ indicators/);
  const gpRate = page.locator('.cov-indicator', { hasText: 'Physicians registered in general practice' }).filter({ hasText: 'Share of general practitioners' });
  await expect(gpRate.first()).toContainText('Provinces: 186 figures for 31 provinces, years 2012–2017');
  const cell = gpRate.first().locator('table a.cov-cell').first();
  await expect(cell).toHaveClass(/cov-secondary/);
  await expect(cell).toHaveAttribute('title', /: \d+(\.\d+)? %; Journal or other secondary source$/);
  // Province cells of the province charts' indicators open that view of the chart.
  const doctors = page.locator('.cov-indicator', { hasText: 'Physicians (definition not stated)' }).first();
  await expect(doctors.locator('table a.cov-cell').first()).toHaveAttribute('href', /urban-rural\/\?urban-rural-province-map\.series=.*&urban-rural-province-map\.year=2018#urban-rural-province-map/);
});
