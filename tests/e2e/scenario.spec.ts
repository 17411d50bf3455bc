import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, chartRendered, idleWorkDone } from './fixtures.ts';
import type { Row } from '../../src/contract/rows.ts';
import { baselineFromRows } from '../../src/scenario/baseline.ts';
import { defaultInputs, type ScenarioInputs } from '../../src/scenario/inputs.ts';
import { runScenario } from '../../src/scenario/run.ts';

/** The published figures embedded in the page, and the model run on them, give the expected answers. */
async function expectedReached(page: Page, patch: Partial<ScenarioInputs>): Promise<number | null> {
  const payload = JSON.parse((await page.locator('#scenario-projection script[data-chart-payload]').textContent())!) as { rows: Row[] };
  const b = baselineFromRows(payload.rows);
  const d = defaultInputs(b);
  return runScenario({ ...d.inputs, ...patch }, b, d.inputs).reached;
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('[data-scenario][data-ready="true"]').waitFor();
  // The chart has settled at the page's width (redrawn in the browser, or the pre-rendered drawing kept).
  await page.locator('#scenario-projection[data-rendered]').waitFor();
}

const live = (page: Page) => page.locator('[data-scn-live]');

test('sets inputs, reports the target year, and a reload of the URL reproduces it', async ({ page }) => {
  await open(page, '/en/scenario/');
  await expect(page.locator('.scn-start')).toContainText('561,800');
  await expect(page.locator('.scn-start')).toContainText('3.99');
  const base = await expectedReached(page, {});
  expect(base).toBe(2028);
  await expect(live(page)).toContainText(`reached in ${base}`);

  await page.fill('#sc-attrition', '6');
  await page.fill('#sc-residency', '12000');
  await page.locator('#sc-residency').press('Tab');
  const expected = await expectedReached(page, { attrition: 6, residency: 12000 });
  expect(expected).not.toBe(base);
  const text = expected === null ? 'not reached by' : `reached in ${expected}`;
  await expect(live(page)).toContainText(text);
  await expect(page).toHaveURL(/scenario-projection\.s1=v1_12000_100_/);
  await expect(page.locator('#sc-attrition-range')).toHaveValue('6');

  await page.reload();
  await page.locator('[data-scenario][data-ready="true"]').waitFor();
  await expect(page.locator('#sc-attrition')).toHaveValue('6');
  await expect(page.locator('#sc-residency')).toHaveValue('12000');
  await expect(live(page)).toContainText(text);
});

test('an invalid input is refused next to the field and the chart keeps the last valid state', async ({ page }) => {
  await open(page, '/en/scenario/');
  const figure = page.locator('#scenario-projection [data-chart-figure]');
  // The drawing on screen (views drawn ahead of a change wait unseen beside it).
  const shown = () => figure.evaluate((f) => [...f.children].filter((c) => !c.classList.contains('chart-ahead')).map((c) => c.outerHTML).join(''));
  const before = await shown();
  const liveBefore = await live(page).textContent();

  for (const [field, value, message] of [
    ['attrition', '100', 'below 100%'],
    ['attrition', '-2', 'cannot be negative'],
    ['targetYear', '2020', 'after the start year'],
    ['residency', 'abc', 'Enter a number'],
  ] as const) {
    await page.fill(`#sc-${field}`, value);
    const err = page.locator(`#sc-${field}-err`);
    await expect(err).toBeVisible();
    await expect(err).toContainText(message);
    await expect(page.locator(`#sc-${field}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#sc-${field}`)).toHaveAttribute('aria-describedby', new RegExp(`sc-${field}-err`));
    expect(await shown()).toBe(before);
    await expect(live(page)).toHaveText(liveBefore!);
    await expect(page.locator('[data-scn-invalid]')).toBeVisible();
    await expect(page).not.toHaveURL(/scenario-projection\.s1/);
    await page.fill(`#sc-${field}`, field === 'targetYear' ? '2030' : field === 'residency' ? '20000' : '2.5');
    await expect(err).toBeHidden();
  }
});

test('slider and number field stay in sync', async ({ page }) => {
  await open(page, '/scenario/');
  const slider = page.locator('#sc-attrition-range');
  await slider.focus();
  for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
  await expect(page.locator('#sc-attrition')).toHaveValue('3');
  await expect(live(page)).toContainText('年达到每万人口 5 名的目标');
});

test('three named scenarios side by side, back and forward restore them', async ({ page }) => {
  await open(page, '/en/scenario/');
  await page.click('[data-scn-add]');
  await page.fill('[data-scn-name]', 'More residency');
  await page.fill('#sc-residency', '40000');
  await page.locator('#sc-residency').press('Tab');
  const rows = page.locator('[data-scn-table] tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('More residency');
  const fast = await expectedReached(page, { residency: 40000 });
  await expect(rows.nth(1).locator('td').first()).toHaveText(String(fast));
  await expect(page.locator('[data-scn-tab]')).toHaveCount(2);
  await expect.poll(() => new URL(page.url()).searchParams.get('scenario-projection.s2')).toContain('More residency');

  await page.click('[data-scn-add]');
  await expect(page.locator('[data-scn-add]')).toBeHidden();
  await expect(rows).toHaveCount(3);
  await page.goBack();
  await expect(rows).toHaveCount(2);
  await page.goForward();
  await expect(rows).toHaveCount(3);
});

test('CSV download: BOM, assumptions as comment lines, one row per year', async ({ page }) => {
  await open(page, '/en/scenario/');
  await page.fill('#sc-attrition', '3');
  await page.locator('#sc-attrition').press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-scn-download]')]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  const comments = lines.filter((l) => l.startsWith('#'));
  expect(comments.some((l) => /Attrition = 3 %\/year — ASSUMPTION/.test(l))).toBe(true);
  expect(comments.some((l) => /GP residency completers = 20000 persons\/year — published 2019/.test(l))).toBe(true);
  expect(comments.some((l) => l.includes('561800') && l.includes('3.99'))).toBe(true);
  const header = lines[comments.length]!;
  expect(header).toContain('scenario,year,kind,gps,population,gps_per_10000,entrants,leavers');
  const data = lines.slice(comments.length + 1);
  expect(data).toHaveLength(2040 - 2023 + 1);
  expect(data[0]).toMatch(/^Scenario A,2023,start \(published\),561800,/);
});

test('urban/rural split: both densities drawn, split labelled as assumption', async ({ page }) => {
  await open(page, '/en/scenario/');
  await page.check('input[data-key="split"]');
  await expect(page.locator('[data-scn-split]')).toBeVisible();
  await expect(page.locator('[data-scn-split]')).toContainText('assumptions, not data');
  await expect(page.locator('#scenario-projection [data-chart-figure] svg[role="img"]:visible')).toContainText('countryside');
  await expect(page).toHaveURL(/scenario-projection\.s1=/);
});

test('without JavaScript the default projection is pre-rendered with a note', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/scenario/');
  await expect(page.locator('#scenario-projection [data-chart-figure] svg[role="img"]:visible')).toHaveCount(1);
  await expect(page.locator('.scn-noscript')).toContainText('需要启用 JavaScript');
  await expect(page.locator('[data-scn-live]')).toContainText('2028');
  await context.close();
});

test('the projection chart is embeddable with the scenario in its URL', async ({ page }) => {
  await page.goto('/en/embed/scenario-projection/');
  await expect(page.locator('[data-chart-figure] svg[role="img"]:visible')).toHaveCount(1);
  await expect(page.locator('[data-chart-figure] svg[role="img"]:visible')).toHaveAttribute('aria-label', /reaches 5 in 2028/);
});

test('the embed code carries the scenarios and the embed page draws them', async ({ page }) => {
  await open(page, '/en/scenario/');
  await page.fill('#sc-attrition', '6');
  await page.locator('#sc-attrition').press('Tab');
  const expected = await expectedReached(page, { attrition: 6 });
  // The chart's own share toolbar embeds the view on screen.
  await page.locator('#scenario-projection [data-share-open="embed"]').click();
  const code = await page.locator('#scenario-projection [data-embed-code]').inputValue();
  expect(code).toContain('/en/embed/scenario-projection/?s1=v1_20000_100_15000_6000_6822_6_');
  const href = await page.locator('#scenario-projection [data-embed-preview]').getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('[data-chart-figure] svg[role="img"]:visible')).toHaveAttribute('aria-label', new RegExp(`reaches 5 in ${expected}`), { timeout: 45_000 });
});

test('the 2020 target (2–3 per 10,000) is shown beside the 2030 target, with its policy, source and lower-bound rule', async ({ page }) => {
  for (const [path, label2020, label2030, rule, policy] of [
    ['/en/scenario/', '2020 target: 2–3', '2030 target: 5', 'counted as reached at its lower bound (2)', 'Opinions on reforming and improving the incentive mechanism for training and using general practitioners'],
    ['/scenario/', '2020 年目标 2–3', '2030 年目标 5', '按下限 2 判断是否达到', '《关于改革完善全科医生培养与使用激励机制的意见》'],
  ] as const) {
    await open(page, path);
    const targets = page.locator('[data-scn-targets]');
    await expect(targets).toContainText(label2030);
    const t2020 = page.locator('[data-scn-range-target]');
    await expect(t2020).toContainText(label2020);
    await expect(t2020).toContainText(policy);
    await expect(t2020).toContainText(rule);
    // Published 2.22 in 2018 is the first figure at or above 2; 2020 itself: 2.9, inside the range.
    await expect(t2020).toContainText('2018');
    await expect(t2020).toContainText('2.22');
    await expect(t2020).toContainText('2.9');
    const link = t2020.locator('a');
    await expect(link).toHaveAttribute('href', new RegExp('/sources/#source-fx361-3322348$'));
    await expect(link).toHaveAttribute('title', new RegExp(policy.replace(/[《》]/g, '')));
    // The chart draws the range as a band labelled with both ends, and the source line names the source.
    const svg = page.locator('#scenario-projection [data-chart-figure] svg[role="img"]:visible');
    await expect(svg).toContainText(label2020);
    await expect(svg).toHaveAttribute('aria-label', /2–3/);
    // The source line names the policy document itself, once, with the copies it was read from.
    await expect(page.locator('.chart-source a[href*="/sources/#source-"]', { hasText: /关于改革完善全科医生培养与使用激励机制的意见|incentive mechanism for training and using general practitioners/ })).toHaveCount(1);
  }
  // The same values come from the data the page carries.
  const payload = JSON.parse((await page.locator('#scenario-projection script[data-chart-payload]').textContent())!) as { rows: Row[] };
  const range = baselineFromRows(payload.rows).targetRange!;
  expect([range.year, range.low.value, range.high.value, range.low.sourceId]).toEqual([2020, 2, 3, 'fx361-3322348']);
});

// One test per language, so each stays well within its time limit on a busy machine.
for (const path of ['/scenario/', '/en/scenario/']) {
  test(`axe: ${path} with one and with two scenarios (legend) has no serious violations; no aria-label inside the chart image`, async ({ page }) => {
    await open(page, path);
    const check = async (when: string) => {
      const figure = page.locator('#scenario-projection [data-chart-figure]');
      await expect(figure.locator('svg[role="img"]:visible')).toHaveCount(1);
      await expect(figure.locator('svg[role="img"] [aria-label]')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).include('[data-scenario]').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${path} ${when}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(serious).toEqual([]);
    };
    await check('one scenario');
    await page.click('[data-scn-add]');
    await expect(page.locator('[data-scn-table] tbody tr')).toHaveCount(2);
    await check('two scenarios');
  });
}

test('a slider reached by keyboard has the views one step either side drawn ahead; the step taken is the one drawn', async ({ page, browser }) => {
  await open(page, '/en/scenario/');
  const id = 'scenario-projection';
  const marks = (name: string) => page.evaluate(([n, c]) => performance.getEntriesByName(`${n}:${c}`).length, [name, id] as const);
  // A slider with room on both sides.
  const slider = page.locator('#sc-attrition-range');
  const [value, min, max] = await slider.evaluate((el: HTMLInputElement) => [Number(el.value), Number(el.min), Number(el.max)]);
  expect(value > min && value < max).toBe(true);
  const before = await marks('chart-ahead');
  await page.locator('#sc-attrition').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(slider).toBeFocused();
  await page.waitForFunction(([c, n]) => performance.getEntriesByName(`chart-ahead:${c}`).length >= n, [id, before + 2] as const);

  const rendered = chartRendered(page, id);
  await slider.press('ArrowRight');
  await rendered;
  expect(await marks('chart-ahead-used')).toBe(1);
  await expect(page.locator('#sc-attrition')).not.toHaveValue(String(value));
  // What is on screen is what the page draws for that state when opened on its link.
  await expect(page).toHaveURL(/scenario-projection\.s1=/);
  const image = page.locator(`#${id} [data-chart-figure]`).getByRole('img');
  const other = await browser.newPage();
  await open(other, page.url());
  const expected = await other.locator(`#${id} [data-chart-figure]`).getByRole('img').getAttribute('aria-label');
  await other.close();
  await expect(image).toHaveAttribute('aria-label', expected!);
  // and the next steps are drawn ahead again
  await page.waitForFunction(([c, n]) => performance.getEntriesByName(`chart-ahead:${c}`).length >= n, [id, before + 3] as const);
});

test('a slider pressed with the pointer jumps: nothing is drawn ahead for it, the view pressed for is drawn', async ({ page }) => {
  await open(page, '/en/scenario/');
  const id = 'scenario-projection';
  const marks = () => page.evaluate((c) => performance.getEntriesByName(`chart-ahead:${c}`).length, id);
  const slider = page.locator('#sc-attrition-range');
  const value = await slider.inputValue();
  await slider.scrollIntoViewIfNeeded();
  // The pointer comes onto the page: the chart is prepared, its view drawn once unseen (Plot's first run is slow).
  await page.mouse.move(5, 5);
  await page.waitForFunction((c) => performance.getEntriesByName(`chart-ahead:${c}`).length >= 1, id);
  const before = await marks();
  const rendered = chartRendered(page, id);
  // Pressed near its right end: the value jumps there.
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
  await rendered;
  await expect(page.locator('#sc-attrition')).not.toHaveValue(value);
  await expect(page).toHaveURL(/scenario-projection\.s1=/);
  // Everything the browser had left for when it is idle is done, and none of it drew a view ahead.
  await idleWorkDone(page);
  expect(await marks()).toBe(before);
});
