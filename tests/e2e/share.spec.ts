/**
 * Share toolbar on a chart page: downloads (SVG, PNG, CSV, JSON) match what the chart draws, the Embed and Cite
 * dialogs give the current view, and a keyboard-only reader reaches the chart and hears its data points.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Locator, Page } from '@playwright/test';
import { chartRendered, expect, test } from './fixtures.ts';

const PAGE = '/urban-rural/';

interface Table { headers: string[]; numeric: boolean[]; rows: string[][] }

function tableOf(section: Locator): Promise<Table> {
  return section.locator('[data-chart-table] table').evaluate((t) => ({
    headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    numeric: [...t.querySelectorAll('thead th')].map((th) => th.classList.contains('num')),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
  }));
}

/** A formatted table number ("1,234.5", "45.2%") equals the exported raw number at the precision shown. */
/** The number in a table cell, without the qualifier printed around it ("超过80", "more than 80", "2,900余"). */
const numberIn = (shown: string): string => shown.replace(/[,\s%]/g, '').replace(/^[^\d-]+|[^\d.]+$/g, '');

function sameNumber(shown: string, raw: number): boolean {
  const plain = numberIn(shown);
  const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
  return Math.abs(Number(plain) - raw) <= 0.5 * 10 ** -decimals + 1e-9;
}

async function download(page: Page, section: Locator, name: RegExp): Promise<Download> {
  await section.locator('[data-share-menu-button]').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), section.getByRole('menuitem', { name }).click()]);
  return dl;
}

async function firstChart(page: Page): Promise<{ section: Locator; id: string }> {
  await page.goto(PAGE);
  const section = page.locator('section[data-chart]').first();
  return { section, id: (await section.getAttribute('data-chart'))! };
}

const CHART_PAGES = ['/', '/urban-rural/', '/qualifications/', '/training/'];

test('CSV download of every chart: BOM, exactly the rows and numbers of its data table, unit and source columns', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of CHART_PAGES) {
    await page.goto(path);
    const sections = page.locator('section[data-chart]');
    const count = await sections.count();
    expect(count, path).toBeGreaterThan(0);
    for (let k = 0; k < count; k++) {
      const section = sections.nth(k);
      const id = (await section.getAttribute('data-chart'))!;
      const table = await tableOf(section);
      expect(table.rows.length, id).toBeGreaterThan(0);
      const dl = await download(page, section, /CSV/);
      expect(dl.suggestedFilename()).toBe(`${id}.csv`);
      const text = await readFile((await dl.path())!, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const csv = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      const n = table.headers.length;
      const extra = [...(table.headers.includes('单位') ? [] : ['单位']), '限定词（原文）', '原始出处', '读取自（副本及其类型）', '副本网址'];
      expect(csv[0], id).toEqual([...table.headers, ...extra]);
      expect(csv.length - 1, id).toBe(table.rows.length);
      table.rows.forEach((row, i) => {
        const out = csv[i + 1]!;
        row.forEach((shown, j) => {
          const cell = out[j]!;
          const where = `${id} row ${i} col ${j}: table "${shown}" vs csv "${cell}"`;
          if (table.numeric[j]) {
            if (shown === '') expect(cell, where).toBe('');
            else expect(sameNumber(shown, Number(cell)), where).toBe(true);
          } else if (shown === '✓' || (shown === '' && cell === '否')) {
            expect(cell, where).toBe(shown === '✓' ? '是' : '否');
          } else {
            expect(cell, where).toBe(shown);
          }
        });
        expect(out[n + extra.length - 3], `${id} row ${i} names its original publication`).not.toBe('');
        // A qualified figure keeps its qualifier in the CSV, next to the number.
        const qualified = row.some((shown, j) => table.numeric[j] && /[^\d.,\s%-]/.test(shown));
        if (qualified) expect(out[n + extra.length - 4], `${id} row ${i} qualifier`).not.toBe('');
      });
    }
  }
});

test('JSON download: same rows and numbers as the CSV, with chart id, state, data version and sources', async ({ page }) => {
  const { section, id } = await firstChart(page);
  const table = await tableOf(section);
  const dl = await download(page, section, /JSON/);
  expect(dl.suggestedFilename()).toBe(`${id}.json`);
  const json = JSON.parse(await readFile((await dl.path())!, 'utf8')) as {
    chart: string; data_version: string; state: Record<string, unknown>; permalink: string;
    columns: { key: string; format: string }[]; rows: Record<string, unknown>[]; sources: { original: string; title: string }[];
  };
  expect(json.chart).toBe(id);
  expect(json.data_version).toBe((await page.locator('[data-data-version]').textContent())!.trim());
  expect(json.permalink).toContain(`#${id}`);
  expect(json.rows.length).toBe(table.rows.length);
  // Each row names its original publication; the list of sources names each original once; no internal ids.
  const originals = new Set(json.sources.map((s) => s.original));
  expect(json.sources.length).toBeGreaterThan(0);
  for (const r of json.rows) for (const o of String(r.source).split('; ')) expect(originals.has(o), o).toBe(true);
  expect(json.rows.some((r) => 'source_id' in r)).toBe(false);
  json.rows.forEach((r, i) => {
    json.columns.forEach((c, j) => {
      if (!table.numeric[j]) return;
      const shown = table.rows[i]![j]!;
      if (shown === '') expect(r[c.key]).toBeNull();
      else expect(sameNumber(shown, r[c.key] as number), `row ${i} ${c.key}`).toBe(true);
    });
  });
});

interface SvgCheck { error: string | null; root: string; width: number; texts: string[]; nested: number; vars: boolean; marks: number; labelsKeepSpaces: boolean }

/** Downloads a chart's SVG and checks it: well-formed, every on-screen mark in it, title/source/site drawn in. */
async function checkSvg(page: Page, section: Locator, id: string): Promise<SvgCheck> {
  const title = (await section.locator('.chart-title').textContent())!.trim();
  const dl = await download(page, section, /SVG/);
  expect(dl.suggestedFilename()).toBe(`${id}.svg`);
  const parsed = await page.evaluate((text): SvgCheck => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      texts: [...doc.querySelectorAll(':scope > text')].map((t) => t.textContent ?? ''),
      nested: doc.querySelectorAll(':scope > svg').length,
      vars: /var\(--/.test(text),
      marks: doc.querySelectorAll('circle, path, rect').length,
      // The page styles the drawing's labels; the file carries that rule itself.
      labelsKeepSpaces: [...doc.querySelectorAll(':scope > svg > style')].some((st) => /\.plot text\)[^{]*\{\s*white-space:\s*pre/.test(st.textContent ?? '')),
    };
  }, await readFile((await dl.path())!, 'utf8'));
  expect(parsed.error, id).toBeNull();
  expect(parsed.root, id).toBe('svg');
  expect(parsed.nested, `${id}: plot SVG (and legend swatches) nested`).toBeGreaterThanOrEqual(1);
  expect(parsed.vars, `${id}: colours are resolved, not CSS variables`).toBe(false);
  expect(parsed.labelsKeepSpaces, `${id}: the plot SVG carries the style of its labels`).toBe(true);
  const onPage = await section.locator('[data-chart-figure]').evaluate((f) => {
    // (not the views drawn ahead of a change, kept unseen in the figure)
    const drawing = [...f.querySelectorAll(':scope > .chart-drawing:not(.chart-ahead)')].find((d) => d.getClientRects().length > 0) ?? f;
    return [...drawing.querySelectorAll('svg circle, svg path, svg rect')].filter((m) => !m.closest('.chart-ahead')).length;
  });
  // Every mark on screen is in the file, plus one background rect.
  expect(parsed.marks, id).toBe(onPage + 1);
  const text = parsed.texts.join(' ');
  expect(text, id).toContain(title);
  expect(text, id).toContain('来源');
  expect(text, id).toContain('卫生人才数据');
  return parsed;
}

test('SVG download of every chart: valid SVG with all marks, title, source line and site name', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of CHART_PAGES) {
    await page.goto(path);
    const sections = page.locator('section[data-chart]');
    for (let k = 0; k < (await sections.count()); k++) {
      const section = sections.nth(k);
      await checkSvg(page, section, (await section.getAttribute('data-chart'))!);
    }
  }
});

test('PNG download: PNG file at twice the SVG size', async ({ page }) => {
  const { section, id } = await firstChart(page);
  const svg = await checkSvg(page, section, id);
  const dl = await download(page, section, /PNG/);
  expect(dl.suggestedFilename()).toBe(`${id}.png`);
  const png = await readFile((await dl.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(2 * svg.width);
  expect(png.length).toBeGreaterThan(10_000);
});

test('Download menu works from the keyboard', async ({ page }) => {
  const { section, id } = await firstChart(page);
  const button = section.locator('[data-share-menu-button]');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(section.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(section.getByRole('menuitem', { name: /JSON/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  await expect(section.getByRole('menu')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(dl.suggestedFilename()).toBe(`${id}.csv`);
});

test('Embed dialog gives the snippet for the current view, theme and language; copy works', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { section, id } = await firstChart(page);
  const select = section.locator('[data-chart-controls] select').first();
  const key = (await select.getAttribute('data-key'))!;
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  const other = options.find((v) => v !== current)!;
  await select.selectOption(other);
  await expect(page).toHaveURL(new RegExp(`${id}\\.${key}=${encodeURIComponent(other)}`));

  await section.getByRole('button', { name: '嵌入' }).click();
  const dialog = section.locator('dialog[data-share-dialog="embed"]');
  await expect(dialog).toBeVisible();
  const code = dialog.locator('textarea');
  const origin = new URL(page.url()).origin;
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${origin}/embed/${id}/\\?${key}=${encodeURIComponent(other)}"`));
  await expect(code).toHaveValue(new RegExp(`<script src="${origin}/embed.js" async></script>$`));
  await dialog.getByLabel('深色').check();
  await expect(code).toHaveValue(new RegExp(`/embed/${id}/\\?${key}=[^"]*&amp;theme=dark"`));
  await dialog.getByRole('button', { name: '复制代码' }).click();
  await expect(dialog.locator('[data-copy-status]')).toHaveText('已复制到剪贴板。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('button', { name: '嵌入' })).toBeFocused();
});

test('English page: snippet points to the English embed', async ({ page }) => {
  await page.goto(`/en${PAGE}`);
  const section = page.locator('section[data-chart]').first();
  const id = (await section.getAttribute('data-chart'))!;
  await section.getByRole('button', { name: 'Embed' }).click();
  await expect(section.locator('dialog textarea')).toHaveValue(new RegExp(`/en/embed/${id}/"`));
});

test('Cite dialog: both languages, data version, access date, permalink to the view', async ({ page }) => {
  const { section, id } = await firstChart(page);
  const version = (await page.locator('[data-data-version]').textContent())!.trim();
  await section.getByRole('button', { name: '引用' }).click();
  const dialog = section.locator('dialog[data-share-dialog="cite"]');
  await expect(dialog).toBeVisible();
  const zh = (await dialog.locator('[data-citation="zh"]').textContent())!;
  const en = (await dialog.locator('[data-citation="en"]').textContent())!;
  const today = new Date().toISOString().slice(0, 10);
  expect(zh).toContain('卫生人才数据.');
  expect(zh).toContain('[EB/OL]');
  expect(zh).toContain(`数据版本 ${version}`);
  expect(zh).toContain(`[${today}]`);
  expect(zh).toContain(`/urban-rural/#${id}`);
  expect(en).toContain('China Health Workforce Data.');
  expect(en).toContain(`Data version ${version}`);
  expect(en).toContain(`/en/urban-rural/#${id}`);
});

test('keyboard only: Tab reaches the chart, arrow keys read data points that are in the data table', async ({ page }) => {
  const { section } = await firstChart(page);
  const figure = section.locator('[data-chart-figure]');
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await figure.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'chart region reachable with Tab').toBe(true);
  await expect(figure).toHaveAttribute('role', 'application');
  const describedBy = (await figure.getAttribute('aria-describedby'))!;
  const svgLabel = (await figure.locator('svg[role="img"]:visible').getAttribute('aria-label'))!;
  expect(svgLabel.length).toBeGreaterThan(20);
  await expect(page.locator(`#${describedBy}`)).toHaveText(svgLabel);

  const table = await tableOf(section);
  const readout = section.locator('[data-share-readout]');
  await expect(readout).toHaveAttribute('aria-live', 'polite');
  /** The read-out names a row of the table: all its non-flag cells appear in the text. */
  const matchesRow = (text: string) =>
    table.rows.some((r) => r.every((cell) => cell === '' || cell === '✓' || text.includes(cell)));
  await page.keyboard.press('ArrowRight');
  await expect(readout).not.toBeEmpty();
  const first = (await readout.textContent())!;
  expect(matchesRow(first), first).toBe(true);
  expect(first).toMatch(/来源：/);
  // The focus ring sits on a drawn mark (a dot of this line chart).
  const ring = section.locator('.share-mark-focus');
  await expect(ring).toBeVisible();
  const distance = await section.locator('[data-chart-figure]').evaluate((fig) => {
    const r = fig.querySelector('.share-mark-focus')!.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const dots = [...fig.querySelectorAll('svg[role="img"] circle')].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
    return Math.min(...dots.map((d) => Math.hypot(d.left + d.width / 2 - cx, d.top + d.height / 2 - cy)));
  });
  expect(distance, 'focus ring centred on a mark').toBeLessThan(3);
  await page.keyboard.press('End');
  const last = (await readout.textContent())!;
  expect(matchesRow(last), last).toBe(true);
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(first);
});

test('after a control change the downloads follow the new view (rows drawn by DuckDB-WASM)', async ({ page }) => {
  const { section, id } = await firstChart(page);
  const before = await tableOf(section);
  const select = section.locator('[data-chart-controls] select').first();
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  const rendered = chartRendered(page, id);
  await select.selectOption(values.find((v) => v !== current)!);
  await rendered;
  const after = await tableOf(section);
  expect(after.rows).not.toEqual(before.rows);
  const dl = await download(page, section, /CSV/);
  const csv = Papa.parse<string[]>((await readFile((await dl.path())!, 'utf8')).slice(1), { skipEmptyLines: true }).data;
  expect(csv.length - 1).toBe(after.rows.length);
  after.rows.forEach((row, i) => row.forEach((shown, j) => {
    if (after.numeric[j] && shown !== '') expect(sameNumber(shown, Number(csv[i + 1]![j])), `row ${i} col ${j}`).toBe(true);
  }));
});
