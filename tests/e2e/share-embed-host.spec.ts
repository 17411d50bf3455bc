/**
 * Embedding on another site: a host page on another origin embeds several charts with the exact snippet the
 * Embed dialog gives; each iframe must settle at its content's height at two widths, ignore forged messages,
 * and still show the chart at a fixed height when the host strips the script.
 */
import type { Browser, ElementHandle, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { articlePage, startHost } from './embed-host/host-server.ts';

interface Pick { path: string; index: number; theme: 'auto' | 'light' | 'dark' }
const PICKS: Pick[] = [
  { path: '/urban-rural/', index: 0, theme: 'auto' },
  { path: '/en/urban-rural/', index: 1, theme: 'dark' },
  { path: '/urban-rural/', index: 2, theme: 'light' },
];

async function snippetFromDialog(page: Page, pick: Pick, interactive = false): Promise<{ id: string; code: string }> {
  await page.goto(pick.path);
  const section = page.locator('section[data-chart]').nth(pick.index);
  const id = (await section.getAttribute('data-chart'))!;
  await section.locator('[data-share-open="embed"]').click();
  const dialog = section.locator('dialog[data-share-dialog="embed"]');
  await dialog.locator(`[data-embed-theme][value="${pick.theme}"]`).check();
  if (interactive) await dialog.locator('[data-embed-interactive]').check();
  const code = await dialog.locator('textarea').inputValue();
  expect(code).toContain(`data-chwd-embed="${id}"`);
  return { id, code };
}

/** A page in its own context, failing on console errors and on requests to any origin but host and site. */
async function hostPage(browser: Browser, allowed: string[]): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && !allowed.includes(u.origin)) problems.push(`foreign request: ${r.url()}`);
  });
  return { page, problems };
}

/** The host article with one snippet, opened on its own origin, its embedded chart on screen. */
async function articleWith(browser: Browser, baseURL: string, snippet: string) {
  const host = await startHost({ '/': articlePage([snippet]) });
  const { page: article, problems } = await hostPage(browser, [host.origin, new URL(baseURL).origin]);
  await article.goto(`${host.origin}/`);
  const iframe = article.locator('iframe[data-chwd-embed]');
  await iframe.scrollIntoViewIfNeeded();
  const frame = article.frameLocator('iframe[data-chwd-embed]');
  await expect(frame.locator('[data-chart-figure] svg[role="img"]:visible')).toHaveCount(1);
  return { host, article, problems, iframe, frame, close: async () => { await article.close(); await host.close(); } };
}

async function heights(frames: ElementHandle<HTMLIFrameElement>[]): Promise<{ frame: number; content: number }[]> {
  return Promise.all(frames.map(async (f) => {
    await f.scrollIntoViewIfNeeded();
    const frame = await f.evaluate((el) => el.getBoundingClientRect().height);
    const doc = await f.contentFrame();
    const content = doc
      ? await doc.locator('[data-embed-root]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height)).catch(() => -1)
      : -1;
    return { frame, content };
  }));
}

/** Waits until every iframe is at its content's height and stays there (the embeds redraw after a resize). */
async function settled(page: Page, frames: ElementHandle<HTMLIFrameElement>[]): Promise<{ frame: number; content: number }[]> {
  let last = '';
  await expect.poll(async () => {
    const now = await heights(frames);
    const key = JSON.stringify(now);
    const stable = key === last;
    last = key;
    if (!stable) await page.waitForTimeout(400);
    return stable && now.every((h) => h.content > 0 && Math.abs(h.frame - h.content) <= 1);
  }, { timeout: 30_000, message: 'every iframe at its content height, stable' }).toBe(true);
  return heights(frames);
}

test('iframes from the Embed dialog resize to their content at two widths on another origin', async ({ page, browser, baseURL }) => {
  const snippets = [];
  for (const pick of PICKS) snippets.push(await snippetFromDialog(page, pick));
  const host = await startHost({ '/': articlePage(snippets.map((s) => s.code)) });
  const siteOrigin = new URL(baseURL!).origin;
  expect(host.origin).not.toBe(siteOrigin);
  const { page: article, problems } = await hostPage(browser, [host.origin, siteOrigin]);
  try {
    await article.goto(`${host.origin}/`);
    const frames = (await article.locator('iframe[data-chwd-embed]').elementHandles()) as ElementHandle<HTMLIFrameElement>[];
    expect(frames).toHaveLength(PICKS.length);

    const wide = await settled(article, frames);
    for (const h of wide) expect(h.frame, 'resized away from the 560 px default').not.toBe(560);

    await article.setViewportSize({ width: 380, height: 900 });
    const narrow = await settled(article, frames);
    // Titles, legends and source lines wrap at 380 px: the frames follow.
    expect(narrow.map((h) => h.frame)).not.toEqual(wide.map((h) => h.frame));
    expect(narrow.reduce((a, h) => a + h.frame, 0)).toBeGreaterThan(wide.reduce((a, h) => a + h.frame, 0));

    // Dark theme reached the second embed.
    const dark = await frames[1]!.contentFrame();
    await expect(dark!.locator('html')).toHaveAttribute('data-theme', 'dark');

    // A message forged by the host page itself (not from the iframe) changes nothing.
    const before = (await heights(frames)).map((h) => h.frame);
    await article.evaluate((id) => window.postMessage({ type: 'chwd:embed-height', chart: id, height: 3000 }, '*'), snippets[0]!.id);
    await article.waitForTimeout(300);
    expect((await heights(frames)).map((h) => h.frame)).toEqual(before);
    expect(problems).toEqual([]);
  } finally {
    await article.close();
    await host.close();
  }
});

test('without embed.js the iframe keeps its fixed height and still shows the chart', async ({ page, browser, baseURL }) => {
  const { code } = await snippetFromDialog(page, PICKS[0]!);
  const iframeOnly = code.split('\n')[0]!;
  expect(iframeOnly).toMatch(/^<iframe [^]*<\/iframe>$/);
  const { article, problems, iframe, frame, close } = await articleWith(browser, baseURL!, iframeOnly);
  try {
    await expect(frame.locator('.chart-title')).toBeVisible();
    await article.waitForTimeout(500);
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(560);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('the sandboxed iframe cannot navigate the host page, even after a click, yet its links, downloads and resizing work', async ({ page, browser, baseURL }) => {
  const { code } = await snippetFromDialog(page, PICKS[0]!, true);
  expect(code).toMatch(/ sandbox="[^"]*"/);
  expect(code).not.toMatch(/allow-top-navigation/);
  const siteOrigin = new URL(baseURL!).origin;
  const { host, article, problems, iframe, frame, close } = await articleWith(browser, baseURL!, code);
  try {
    // Resizing still works (the height message carries the site's origin).
    await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height), { timeout: 30_000 }).not.toBe(560);

    // A script in the embed tries to take the reader away, on its own and on a click.
    const embed = (await (await iframe.elementHandle())!.contentFrame())!;
    await embed.evaluate(() => {
      try { window.top!.location.href = 'https://evil.example/'; } catch { /* blocked */ }
      const b = document.createElement('button');
      b.textContent = 'hijack';
      b.dataset.hijack = '';
      b.addEventListener('click', () => { try { window.top!.location.href = 'https://evil.example/'; } catch { /* blocked */ } });
      document.body.prepend(b);
    });
    await frame.locator('[data-hijack]').click();
    await article.waitForTimeout(500);
    expect(article.url()).toBe(`${host.origin}/`);

    // The "full view" link opens the chart's page in a new tab.
    const [popup] = await Promise.all([article.context().waitForEvent('page'), frame.locator('[data-embed-full]').click()]);
    await popup.waitForLoadState('domcontentloaded');
    expect(new URL(popup.url()).origin).toBe(siteOrigin);
    await popup.close();
    expect(article.url()).toBe(`${host.origin}/`);

    // Its controls work (an interactive embed redraws in the sandbox).
    const section = frame.locator('section[data-chart]');
    const control = frame.locator('[data-chart-controls] select[data-key]').first();
    const other = await control.evaluate((el: HTMLSelectElement) => [...el.options].find((o) => !o.selected)!.value);
    await control.selectOption(other);
    await expect(section).toHaveAttribute('data-state', new RegExp(other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), { timeout: 45_000 });

    // A file saved the way the site's download menu saves one (a blob: link clicked) reaches the reader.
    await embed.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'save';
      b.dataset.save = '';
      b.addEventListener('click', () => {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob(['year,value\r\n2020,1\r\n'], { type: 'text/csv' }));
        a.download = 'chart.csv';
        document.body.append(a);
        a.click();
        a.remove();
      });
      document.body.prepend(b);
    });
    const [dl] = await Promise.all([article.waitForEvent('download'), frame.locator('[data-save]').click()]);
    expect(dl.suggestedFilename()).toBe('chart.csv');
    // The blocked navigations are what the browser reports; nothing else went wrong.
    expect(problems.filter((p) => !/navigat|sandbox/i.test(p))).toEqual([]);
  } finally {
    await close();
  }
});
