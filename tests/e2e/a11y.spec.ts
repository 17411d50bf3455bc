/**
 * axe-core on every page (both languages) and every embed, in light and dark, plus the share dialogs open:
 * no serious or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHARTS } from '../helpers/charts.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { embedPath, pagePath } from '../../src/lib/paths.ts';
import { pageIds } from '../../src/site/page-ids.ts';
import { expect, test } from './fixtures.ts';

/** Serious and critical violations on the page, or only inside `within` (a CSS selector). */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const PAGES = LANGS.flatMap((lang) => pageIds().map((id) => pagePath(id, lang)));
const EMBEDS = CHARTS.flatMap((c) => LANGS.map((lang) => embedPath(c.id, lang)));

// One test per page and per embed (light, then dark on the same load: the theme follows the system setting), so each
// stays well within its time limit on a busy machine.
for (const path of [...PAGES, ...EMBEDS]) {
  test(`axe: ${path}, light and dark`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status(), `${path} exists`).toBe(200);
    await page.waitForLoadState('networkidle');
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const v of await seriousViolations(page)) found.push(`${scheme}: ${v}`);
    }
    expect(found).toEqual([]);
  });
}

for (const path of [pagePath('urban-rural', 'zh'), pagePath('urban-rural', 'en')]) {
  test(`axe: ${path} with the share dialogs, download menu and data table open, and the chart read-out in use`, async ({ page }) => {
    await page.goto(path);
    const section = page.locator('section[data-chart]').first();
    // The whole page is scanned by the test above; here only the chart whose tools are open.
    const scope = `#${await section.getAttribute('id')}`;
    await section.locator('[data-share-menu-button]').click();
    await expect(section.getByRole('menu')).toBeVisible();
    expect(await seriousViolations(page, scope), `${path} menu`).toEqual([]);
    await page.keyboard.press('Escape');
    for (const which of ['embed', 'cite']) {
      await section.locator(`[data-share-open="${which}"]`).click();
      await expect(section.locator(`dialog[data-share-dialog="${which}"]`)).toBeVisible();
      expect(await seriousViolations(page, scope), `${path} ${which} dialog`).toEqual([]);
      await page.keyboard.press('Escape');
    }
    // The data table, opened from the keyboard.
    await section.locator('.chart-table summary').focus();
    await page.keyboard.press('Enter');
    await expect(section.locator('[data-chart-table] table')).toBeVisible();
    expect(await seriousViolations(page, scope), `${path} data table open`).toEqual([]);
    await section.locator('[data-chart-figure]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(section.locator('[data-share-readout]')).not.toBeEmpty();
    expect(await seriousViolations(page, scope), `${path} read-out`).toEqual([]);
  });
}
