/**
 * Site framework in a real browser: every page in both languages loads with no console error and no request to
 * another host (fixture), header/nav/language switch work, DuckDB-WASM in the browser returns the same rows as the
 * build, and with JavaScript off every chart is still there (SVG + table).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, chartRendered, chartsSettled } from './fixtures.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { PICKING } from '../../src/client/ahead.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { pageIds } from '../../src/site/page-ids.ts';
import { chartById } from '../helpers/charts.ts';

const built = (path: string) => existsSync(join('dist', path, 'index.html'));
const PAGES = pageIds().flatMap((id) => LANGS.map((lang) => ({ page: id, lang, path: pagePath(id, lang) })));

test('the overview and urban/rural pages are built in both languages', () => {
  for (const lang of LANGS) {
    expect(built(pagePath('index', lang))).toBe(true);
    expect(built(pagePath('urban-rural', lang))).toBe(true);
  }
});

for (const { page, lang, path } of PAGES) {
  test(`${path} loads cleanly, with nav, language switch and data version`, async ({ page: p }) => {
    test.skip(!built(path), `${path} is not built yet`);
    await p.goto(path);
    await expect(p.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(p.locator('h1')).toHaveCount(1);
    await expect(p.locator('main#main')).toBeVisible();
    await expect(p.locator(`nav a[aria-current="page"]`)).toHaveAttribute('href', path);
    const other = lang === 'zh' ? 'en' : 'zh';
    await expect(p.locator('a.lang-switch')).toHaveAttribute('href', pagePath(page, other));
    await expect(p.locator('footer.site-footer [data-data-version]')).toHaveText(/^[0-9a-f]{8,}$/);
    // Charts: the lazily loaded drawing code must also run without errors or foreign requests; DuckDB-WASM is not
    // started by looking at a page (the controls are answered from precomputed files).
    const duckdb: string[] = [];
    p.on('request', (r) => { if (/\/duckdb\//.test(r.url())) duckdb.push(r.url()); });
    await chartsSettled(p);
    expect(duckdb).toEqual([]);
    await expect(p.locator('html')).not.toHaveAttribute('data-duckdb', 'ready');
  });
}

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/urban-rural/');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the pre-rendered charts are on screen before any drawing code is requested, and DuckDB-WASM is never asked for', async ({ page }) => {
  const heavy: number[] = [];
  const drawing: number[] = [];
  page.on('request', (r) => {
    if (/\/duckdb\/|\.arrow$/.test(r.url())) heavy.push(Date.now());
    if (/chart-draw/.test(r.url())) drawing.push(Date.now());
  });
  // Wall-clock time at which a chart SVG is first laid out on screen.
  await page.addInitScript(`(() => {
    const check = () => {
      const svgs = [...document.querySelectorAll('section[data-chart] [data-chart-figure] svg')];
      if (svgs.some((svg) => svg.getBoundingClientRect().height > 0)) window.__firstChart = performance.timeOrigin + performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);
  await page.goto('/urban-rural/');
  await chartsSettled(page);
  const firstChart = await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart);
  expect(firstChart).toBeGreaterThan(0);
  // Every chart fits one of its pre-rendered drawings at this width: nothing to query. The drawing code of charts
  // with controls is fetched ahead of the reader's first change, but only after the first chart is on screen.
  expect(heavy).toEqual([]);
  for (const at of drawing) expect(at).toBeGreaterThan(firstChart);
});

for (const lang of LANGS) {
  test(`DuckDB-WASM returns the build-time rows for every chart's default view (${lang})`, async ({ page }) => {
    await page.goto(pagePath('urban-rural', lang));
    const ids = await page.locator('section[data-chart]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const def = chartById(id);
      if (!def) continue;
      const { name, params } = def.query(def.defaults);
      const built = await page.locator(`#${id} script[data-chart-payload]`).evaluate((s) => JSON.parse(s.textContent!).rows);
      const live = await page.evaluate(([n, p]) => (window as unknown as { chwdQuery: (n: string, p: unknown) => Promise<unknown[]> }).chwdQuery(n, p), [name, params] as const);
      expect(live, `${id}: ${name}`).toEqual(built);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the urban/rural page has all its charts', async ({ page }) => {
    await page.goto('/urban-rural/');
    expect(await page.locator('section[data-chart]').count()).toBeGreaterThanOrEqual(5);
  });
  for (const { path } of PAGES) {
    test(`every chart on ${path} shows its SVG and data table`, async ({ page }) => {
      test.skip(!built(path), `${path} is not built yet`);
      await page.goto(path);
      const charts = page.locator('section[data-chart]');
      const n = await charts.count();
      for (let i = 0; i < n; i++) {
        const chart = charts.nth(i);
        await expect(chart.locator('[data-chart-figure] svg[role="img"]:visible')).toHaveCount(1);
        await chart.locator('details.chart-table summary').click();
        await expect(chart.locator('[data-chart-table] table, [data-chart-table] .chart-empty').first()).toBeVisible();
      }
    });
  }
});

test('a menu the reader presses has its nearest views drawn ahead; whichever view is chosen is the one drawn', async ({ page, browser }) => {
  const id = 'urban-rural-density';
  // What the chart says (its image's description) in a view, from a page opened on that view's link.
  const notes = new Map<string, string>();
  const labelOf = async (cadre: string) => {
    const other = await browser.newPage();
    await other.goto(`/en/urban-rural/?${id}.cadre=${cadre}`);
    await expect(other.locator(`#${id}`)).toHaveAttribute('data-rendered', 'live');
    const label = await other.locator(`#${id} [data-chart-figure]`).getByRole('img').getAttribute('aria-label');
    notes.set(cadre, (await other.locator(`#${id} [data-chart-notes]`).textContent())!);
    await other.close();
    return label;
  };
  await page.goto('/en/urban-rural/');
  const select = page.locator(`#${id} select[data-key="cadre"]`);
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  // More options than are drawn while the reader picks: one is left to draw on the change.
  expect(options.length).toBeGreaterThan(PICKING + 1);
  const at = options.indexOf(await select.inputValue());
  const option = (step: number) => options[(at + step + options.length) % options.length]!;
  const drawnAhead = (n: number) => page.waitForFunction(([c, k]) => performance.getEntriesByName(`chart-ahead:${c}`).length >= k, [id, n] as const);
  const ahead = () => page.evaluate((c) => performance.getEntriesByName(`chart-ahead:${c}`).length, id);
  const usedAhead = () => page.evaluate((c) => performance.getEntriesByName(`chart-ahead-used:${c}`).length, id);

  // The pointer coming onto the menu draws the options after and before the current one.
  await select.dispatchEvent('pointerover');
  await drawnAhead(2);
  // Pressing it (it opens for picking) draws more of them, nearest first, each once.
  await select.dispatchEvent('pointerdown');
  await drawnAhead(PICKING);
  // The views drawn ahead wait in the figure set aside: out of the flow, not rendered, hidden from screen readers.
  const aside = await page.locator(`#${id} [data-chart-figure] > .chart-ahead`).evaluateAll((boxes) => boxes.map((b) => ({
    contentVisibility: getComputedStyle(b).contentVisibility, position: getComputedStyle(b).position,
    ariaHidden: b.getAttribute('aria-hidden'), rendered: b.querySelector('svg')!.checkVisibility(),
  })));
  expect(aside).toEqual(Array(PICKING).fill({ contentVisibility: 'hidden', position: 'absolute', ariaHidden: 'true', rendered: false }));
  expect(await ahead()).toBe(PICKING);
  const next = option(2); // drawn once the menu was pressed
  let rendered = chartRendered(page, id);
  await select.selectOption(next);
  await rendered;
  expect(await usedAhead()).toBe(1);
  // The image screen readers get is the new view's; the views kept ahead (and the one replaced) are hidden from them.
  const image = page.locator(`#${id} [data-chart-figure]`).getByRole('img');
  await expect(image).toHaveAttribute('aria-label', (await labelOf(next))!);
  await expect(page.locator(`#${id} svg[role="img"]:visible`)).toHaveCount(1);

  // A view not drawn ahead (the option farthest from the one pressed) is drawn on the change, not replaced by one
  // that was.
  const elsewhere = option(PICKING / 2 + 1);
  rendered = chartRendered(page, id);
  await select.selectOption(elsewhere);
  await rendered;
  expect(await usedAhead()).toBe(1);
  await expect(image).toHaveAttribute('aria-label', (await labelOf(elsewhere))!);
  await expect(page).toHaveURL(new RegExp(`${id}\\.cadre=${elsewhere}`));

  // The view a change replaced was kept aside: changing back shows it again, as it was.
  rendered = chartRendered(page, id);
  await select.selectOption(next);
  await rendered;
  expect(await usedAhead()).toBe(2);
  await expect(image).toHaveAttribute('aria-label', (await labelOf(next))!);
  await expect(page.locator(`#${id} [data-chart-notes]`)).toHaveText(notes.get(next)!);
});

test('words a change leaves as they were are not written again: the same nodes stay, and a focused source link keeps focus', async ({ page }) => {
  await page.goto('/en/training/');
  const id = 'training-gp-registration';
  const source = page.locator(`#${id} [data-chart-source]`);
  const link = source.locator('a').first();
  await link.focus();
  await source.evaluate((el) => { (window as unknown as { firstSourceNode: Node | null }).firstSourceNode = el.firstChild; });
  const subtitle = page.locator(`#${id} [data-chart-subtitle]`);
  const before = await subtitle.textContent();
  const rendered = chartRendered(page, id);
  // Another year: a new subtitle, the same sources.
  await page.locator(`#${id} select[data-key="year"]`).evaluate((s: HTMLSelectElement) => {
    s.selectedIndex = (s.selectedIndex + 1) % s.options.length;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await rendered;
  expect(await subtitle.textContent()).not.toBe(before);
  expect(await source.evaluate((el) => el.firstChild === (window as unknown as { firstSourceNode: Node | null }).firstSourceNode)).toBe(true);
  await expect(link).toBeFocused();
});

test('a drawing on screen has no style sheet of its own and is styled by the site: labels keep their spaces, the plot fits its column', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/urban-rural/');
  const id = 'urban-rural-density';
  const select = page.locator(`#${id} select[data-key="cadre"]`);
  const rendered = chartRendered(page, id);
  await select.selectOption({ index: 1 });
  await rendered;
  const figure = page.locator(`#${id} [data-chart-figure]`);
  expect(await page.locator('[data-chart-figure] style').count()).toBe(0);
  const styled = await figure.locator('svg[role="img"]:visible').evaluate((svg) => ({
    display: getComputedStyle(svg).display,
    fits: svg.getBoundingClientRect().width <= (svg.closest('[data-chart-figure]') as HTMLElement).clientWidth + 0.5,
    whiteSpace: getComputedStyle(svg.querySelector('text')!).whiteSpace,
  }));
  expect(styled).toEqual({ display: 'block', fits: true, whiteSpace: 'pre' });
});

test('once the page has settled, a drawing off screen is not rendered until it comes near, keeps its height, is still read by screen readers and is printed', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/urban-rural/');
  const figures = page.locator('section[data-chart] [data-chart-figure]');
  // (A figure is skipped when what it holds is: the check looks at its ancestors.)
  const rendered = () => figures.evaluateAll((fs) => fs.map((f) => f.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })));
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  expect((await rendered()).length).toBeGreaterThan(3);
  // While the page loads every drawing is rendered (deciding which are on screen would lay the page out twice).
  const loaded = await pageHeight();
  expect(await page.locator('[data-chart-figure].is-skippable').count()).toBe(0);
  // Once settled (5 s without the reader doing anything), the last one, thousands of pixels down, is skipped; the
  // first is on screen. Nothing moves: each skipped drawing keeps the height it was drawn at.
  await expect(figures.last()).toHaveClass(/is-skippable/, { timeout: 15_000 });
  await expect.poll(async () => { const r = await rendered(); return [r[0], r.at(-1)]; }).toEqual([true, false]);
  expect(await pageHeight()).toBe(loaded);
  // Skipped is not hidden: the last chart's image and its description are there for screen readers.
  const lastId = await page.locator('section[data-chart]').last().getAttribute('id');
  const lastLabel = await page.locator(`#${lastId} [data-chart-figure] svg[role="img"]`).first().getAttribute('aria-label');
  expect(lastLabel!.length).toBeGreaterThan(40);
  expect(await page.locator(`#${lastId}`).ariaSnapshot()).toContain(lastLabel!.slice(0, 40));
  // A printed page has every drawing.
  await page.emulateMedia({ media: 'print' });
  await expect.poll(async () => (await rendered()).every(Boolean)).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(async () => (await rendered()).at(-1)).toBe(false);

  // Scrolled to, the last chart is rendered, at the same height.
  const last = figures.last();
  const height = await last.evaluate((f) => f.getBoundingClientRect().height);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await rendered()).at(-1)).toBe(true);
  expect(await last.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(height, 0);
  expect(await pageHeight()).toBe(loaded);
});

test('after a change of width, a drawing skipped off screen holds its height at the new width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/urban-rural/');
  const last = page.locator('section[data-chart] [data-chart-figure]').last();
  // (The build's drawings are one per width, the one that does not fit hidden.)
  const rendered = () => last.evaluate((f) => [...f.children].some((d) => d.checkVisibility({ contentVisibilityAuto: true })));
  // The reader moves the pointer: the page has settled, and the last drawing, far down, is skipped.
  await page.mouse.move(10, 10);
  await expect(last).toHaveClass(/is-skippable/);
  await expect.poll(rendered).toBe(false);
  const narrow = await last.evaluate((f) => f.getBoundingClientRect().height);

  // Wider, with the drawing still off screen: once the height has stopped changing, it is skipped again…
  await page.setViewportSize({ width: 1280, height: 800 });
  let previous = -1;
  await expect.poll(async () => {
    const now = await last.evaluate((f) => f.getBoundingClientRect().height);
    const stable = now === previous;
    previous = now;
    return stable && !(await rendered());
  }, { intervals: [300] }).toBe(true);
  // …at the height it has at this width, the same as when it is scrolled to and drawn, not the narrow one.
  expect(previous).not.toBeCloseTo(narrow, 0);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(rendered).toBe(true);
  expect(await last.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(previous, 0);
});

test('a label placed by x, y and dy is drawn where Plot’s own transform would draw it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/urban-rural/');
  const moved = await page.locator('#urban-rural-province-map svg[role="img"]:visible').evaluate((svg) => {
    const texts = [...svg.querySelectorAll('text[x]')];
    const box = (t: Element) => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; };
    const placed = texts.map(box);
    // Back to Plot's form: translate(x,y) with the baseline shift as the label's own y.
    for (const t of texts) {
      t.setAttribute('transform', `translate(${t.getAttribute('x')},${t.getAttribute('y')})`);
      t.setAttribute('y', t.getAttribute('dy') ?? '0');
      t.removeAttribute('x');
      t.removeAttribute('dy');
    }
    return { n: texts.length, off: texts.filter((t, i) => box(t).some((v, k) => Math.abs(v - placed[i]![k]!) > 0.5)).map((t) => t.textContent) };
  });
  expect(moved.n).toBeGreaterThanOrEqual(62);
  expect(moved.off).toEqual([]);
});
