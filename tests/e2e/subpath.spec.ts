/**
 * The site built under a sub-path (`npm run build:subpath`: base /chwd/, SITE_URL https://example.org, into
 * dist-subpath/) and served like a static host under that prefix: every page and embed loads with nothing missing,
 * every address it names stays under the prefix and exists, a control change starts DuckDB, and the share tools
 * (embed code, citation, permalink) and the head's absolute addresses carry the prefix.
 */
import type { Page } from '@playwright/test';
import { CHARTS } from '../helpers/charts.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { embedRoute, pageRoute } from '../../src/lib/paths.ts';
import { pageIds } from '../../src/site/page-ids.ts';
import { SUBPATH_BASE as BASE } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

/** SITE_URL of the sub-path build (the `build:subpath` script). */
const SITE = 'https://example.org';
const route = (r: string) => `${BASE}${r ? `${r}/` : ''}`;
const PAGES = LANGS.flatMap((lang) => pageIds().map((id) => route(pageRoute(id, lang))));
const EMBEDS = CHARTS.flatMap((c) => LANGS.map((lang) => route(embedRoute(c.id, lang))));

/** Every address the page names (links, scripts, styles, frames, images), resolved against the page. */
function addresses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!)
      .filter((a) => !/^(#|data:|mailto:|javascript:)/.test(a))
      .map((a) => new URL(a, location.href).href),
  );
}

/** Loads a path, recording every response that failed; checks the addresses on it stay under the prefix. */
async function visit(page: Page, path: string): Promise<string[]> {
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  const res = await page.goto(path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  expect(new URL(page.url()).pathname).toBe(path);
  const own = (await addresses(page)).filter((a) => {
    const u = new URL(a);
    return u.origin === new URL(page.url()).origin || u.origin === SITE;
  });
  const outside = own.filter((a) => !new URL(a).pathname.startsWith(BASE));
  expect(outside, `${path}: addresses outside ${BASE}`).toEqual([]);
  expect(failed, `${path}: failed requests`).toEqual([]);
  return own;
}

/** Every same-site address the pages name answers 200 (fragments and queries aside; SITE_URL addresses on this server). */
async function checkTargets(page: Page, urls: string[]): Promise<void> {
  const origin = new URL(page.url()).origin;
  const paths = [...new Set(urls.map((u) => new URL(u)).filter((u) => u.origin === origin || u.origin === SITE).map((u) => u.pathname))];
  const broken: string[] = [];
  for (const p of paths) {
    const res = await page.request.get(`${origin}${p}`, { maxRedirects: 0 });
    if (res.status() !== 200) broken.push(`${res.status()} ${p}`);
  }
  expect(broken).toEqual([]);
}

for (const path of PAGES) {
  test(`${path}: loads whole under the prefix; every address it names stays there and exists`, async ({ page }) => {
    const own = await visit(page, path);
    const head = await page.evaluate(() => ({
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('href')!),
      ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content'),
      charts: document.querySelectorAll('section[data-chart]').length,
    }));
    expect(head.canonical).toBe(`${SITE}${path}`);
    expect(head.ogUrl).toBe(`${SITE}${path}`);
    expect(head.alternates.length).toBe(LANGS.length + 1);
    for (const a of head.alternates) expect(a.startsWith(`${SITE}${BASE}`), a).toBe(true);
    // A page with charts previews as its first chart's card; the card is a PNG served under the prefix.
    if (head.charts > 0) {
      expect(head.ogImage).toMatch(new RegExp(`^${SITE}${BASE}cards/(zh|en)/[\\w-]+\\.png$`));
      const card = await page.request.get(new URL(head.ogImage!).pathname);
      expect(card.headers()['content-type']).toBe('image/png');
    }
    await checkTargets(page, [...own, ...head.alternates, ...(head.ogImage ? [head.ogImage] : [])]);
  });
}

for (const def of CHARTS) {
  test(`embeds of ${def.id}: load whole under the prefix, link back inside it`, async ({ page }) => {
    for (const path of EMBEDS.filter((e) => e.endsWith(`/embed/${def.id}/`))) {
      await visit(page, path);
      expect(new URL((await page.locator('[data-embed-full]').getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`^${BASE}`));
    }
  });
}

test('a control change under the prefix redraws the chart, and DuckDB-WASM runs from under it', async ({ page }) => {
  await page.goto(route('urban-rural'));
  const section = page.locator('section[data-chart]').first();
  const select = section.locator('[data-chart-controls] select').first();
  const current = await select.inputValue();
  const other = await select.locator('option').evaluateAll((os, c) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== c)!, current);
  await select.selectOption(other);
  await expect(section).toHaveAttribute('data-rendered', 'live', { timeout: 45_000 });
  // DuckDB-WASM from under the prefix: the runner the charts use answers a query over the Arrow files.
  const rows = await page.evaluate(() => (window as unknown as { chwdQuery: (n: string) => Promise<unknown[]> }).chwdQuery('source_list'));
  expect(rows.length).toBeGreaterThan(100);
  await expect(page.locator('html[data-duckdb="ready"]')).toBeAttached();
});

test('embed code, citation and permalink carry the prefix', async ({ page }) => {
  await page.goto(route('urban-rural'));
  const origin = new URL(page.url()).origin;
  const section = page.locator('section[data-chart]').first();
  const id = (await section.getAttribute('data-chart'))!;
  await section.getByRole('button', { name: '嵌入' }).click();
  const code = section.locator('dialog[data-share-dialog="embed"] textarea');
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${origin}${BASE}embed/${id}/"`));
  await expect(code).toHaveValue(new RegExp(`<script src="${origin}${BASE}embed.js" async></script>$`));
  await page.keyboard.press('Escape');
  await section.getByRole('button', { name: '引用' }).click();
  const cite = section.locator('dialog[data-share-dialog="cite"]');
  await expect(cite.locator('[data-citation="zh"]')).toContainText(`${origin}${BASE}urban-rural/#${id}`);
  await expect(cite.locator('[data-citation="en"]')).toContainText(`${origin}${BASE}en/urban-rural/#${id}`);
});

test('a missing address gets the two-language 404 page, linking home under the prefix', async ({ page, guard }) => {
  const res = await page.goto(`${BASE}no-such-page/`);
  expect(res?.status()).toBe(404);
  // The browser reports the page's own 404 status as a console error: expected here, and only that one.
  expect(guard.errors).toEqual([expect.stringContaining('status of 404')]);
  guard.errors.length = 0;
  await expect(page.locator('[data-not-found="zh"] h1')).toHaveText('找不到这个页面');
  await expect(page.locator('[data-not-found="en"]')).toContainText('Page not found');
  expect(await page.locator('[data-not-found] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual([BASE, `${BASE}en/`]);
});

test('sitemap lists every page in both languages at its absolute address under the prefix', async ({ page }) => {
  const res = await page.request.get(`${BASE}sitemap.xml`);
  expect(res.status()).toBe(200);
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.sort()).toEqual(PAGES.map((p) => `${SITE}${p}`).sort());
});
