/**
 * Every embed page, in both languages, at 300, 600 and 1,200 px: the chart, title, source line, link back and
 * credit are there, nothing spills sideways or out of the chart, nothing is requested from another host, and a
 * static embed never loads DuckDB-WASM. Theme and interactive parameters take effect.
 */
import type { Page } from '@playwright/test';
import { CHARTS } from '../helpers/charts.ts';
import { expect, idleWorkDone, test } from './fixtures.ts';

const WIDTHS = [300, 600, 1200];


/** Labels of the chart SVGs that stick out of their SVG (cut off) or overlap another label. */
function labelProblems(page: Page): Promise<string[]> {
  return page.locator('[data-chart-figure]').evaluate((figure) => {
    const out: string[] = [];
    for (const svg of figure.querySelectorAll('svg')) {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')]
        .map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() }))
        .filter(({ t, r }) => r.width > 0 && t.trim() !== '');
      for (const { t, r } of texts) {
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          out.push(`cut off: "${t}" at ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      }
      // Two labels overlapping by more than 2 px both ways are unreadable.
      texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) out.push(`overlap: "${a.t}" and "${b.t}"`);
      }));
    }
    return out;
  });
}

// One test per chart (both languages, every width), so each stays well within its time limit on a busy machine.
for (const id of CHARTS.map((c) => c.id)) {
  test(`embed ${id} renders whole at 300, 600 and 1,200 px without DuckDB or other hosts`, async ({ page }) => {
    const heavy: string[] = [];
    page.on('request', (r) => { if (/\/duckdb\/|\.parquet$|\.wasm$/.test(r.url())) heavy.push(r.url()); });
    for (const lang of ['', '/en']) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${lang}/embed/${id}/`);
        await page.waitForLoadState('networkidle');
        const where = `${lang}/embed/${id}/ at ${width}px`;
        await expect(page.locator('html'), where).toHaveAttribute('data-embed', 'static');
        await expect(page.locator('.chart-title'), where).toBeVisible();
        await expect(page.locator('[data-chart-figure] svg[role="img"]:visible'), where).toHaveCount(1);
        await expect(page.locator('[data-chart-source]'), where).not.toBeEmpty();
        await expect(page.locator('[data-chart-controls]'), where).toBeHidden();
        await expect(page.locator('[data-chart-toolbar]'), where).toBeHidden();
        const back = page.locator('[data-embed-full]');
        await expect(back, where).toHaveAttribute('href', new RegExp(`${lang}/[a-z-]*/?#${id}$`));
        await expect(back, where).toHaveAttribute('target', '_blank');
        await expect(page.locator('.embed-credit'), where).toBeVisible();
        // Soft: one run lists every embed and width with a layout problem.
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(sideways, `${where}: horizontal overflow`).toBeLessThanOrEqual(0);
        expect.soft(await labelProblems(page), `${where}: labels cut off or overlapping`).toEqual([]);
      }
    }
    expect(heavy, 'a static embed loads no DuckDB-WASM or Parquet').toEqual([]);
  });
}

test('an embed never has its one drawing skipped off screen: its height, which sizes the iframe, follows the width', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 160 });
  await page.goto('/en/embed/urban-rural-province-rank/');
  await expect(page.locator('[data-chart-figure] svg[role="img"]:visible')).toHaveCount(1);
  // The reader moves the pointer (the page has settled), and everything the browser had left for when it is idle is done.
  await page.mouse.move(10, 10);
  await idleWorkDone(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const figure = page.locator('[data-chart-figure]');
  expect(await figure.evaluate((f) => getComputedStyle(f).contentVisibility)).toBe('visible');
  // (The build's drawings are one per width, the one that does not fit hidden.)
  expect(await figure.evaluate((f) => [...f.children].some((d) => d.checkVisibility({ contentVisibilityAuto: true })))).toBe(true);
});

test('an embed page is indexed only inside the page that embeds it, and describes its chart to search engines', async ({ page }) => {
  const [id] = CHARTS.map((c) => c.id);
  for (const path of [`/embed/${id}/`, `/en/embed/${id}/`]) {
    await page.goto(path);
    const head = await page.evaluate(() => ({
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      subtitle: document.querySelector('[data-chart-subtitle]')?.textContent?.trim(),
    }));
    expect(head.robots, path).toBe('noindex, indexifembedded');
    expect(head.description, path).toBe(head.subtitle);
    expect(head.description.length, path).toBeGreaterThan(10);
  }
});

test('theme parameter: dark embed is dark before the first paint', async ({ page }) => {
  const [id] = CHARTS.map((c) => c.id);
  // Record the theme at the moment <body> is created, before anything is painted.
  await page.addInitScript(() => {
    new MutationObserver((_m, obs) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/embed/${id}/?theme=dark`);
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, `dark background, got ${bg}`).toBeLessThan(150);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/embed/${id}/?theme=light`);
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
});

test('interactive=1 shows the controls; the embed reads its state from the URL without prefix', async ({ page }) => {
  await page.goto('/urban-rural/');
  const section = page.locator('section[data-chart]').first();
  const id = (await section.getAttribute('data-chart'))!;
  const select = section.locator('[data-chart-controls] select').first();
  const key = (await select.getAttribute('data-key'))!;
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const other = values.find((v) => v !== values[0] && v !== '')!;
  await page.goto(`/embed/${id}/?${key}=${encodeURIComponent(other)}&interactive=1`);
  await expect(page.locator('html')).toHaveAttribute('data-embed', 'interactive');
  const embedSelect = page.locator(`[data-chart-controls] select[data-key="${key}"]`);
  await expect(embedSelect).toBeVisible();
  await expect(embedSelect).toHaveValue(other);
  await expect(page.locator('section[data-chart]')).toHaveAttribute('data-rendered', 'live', { timeout: 45_000 });
  await expect(page.locator('[data-embed-full]')).toHaveAttribute('href', new RegExp(`\\?${id}\\.${key}=${encodeURIComponent(other)}#${id}$`));
});
