/**
 * axe-core on every page (both languages) and every embed, in light and dark, plus the share dialogs open:
 * no serious or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHARTS } from '../helpers/charts.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { pageIds } from '../../src/site/page-ids.ts';
import { expect, test } from './fixtures.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}


const PAGES = LANGS.flatMap((lang) => pageIds().map((id) => pagePath(id, lang)));

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: every page, ${scheme}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const path of PAGES) {
      const res = await page.goto(path);
      expect.soft(res?.status(), `${path} exists`).toBe(200);
      if (res?.status() !== 200) continue;
      await page.waitForLoadState('networkidle');
      for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
    }
    expect(found).toEqual([]);
  });

  test(`axe: every embed, ${scheme}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const id of CHARTS.map((c) => c.id)) {
      for (const path of [`/embed/${id}/`, `/en/embed/${id}/`]) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('axe: share dialogs, download menu and data table open, and the chart read-out in use', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ['/urban-rural/', '/en/urban-rural/']) {
    await page.goto(path);
    const section = page.locator('section[data-chart]').first();
    await section.locator('[data-share-menu-button]').click();
    await expect(section.getByRole('menu')).toBeVisible();
    expect(await seriousViolations(page), `${path} menu`).toEqual([]);
    await page.keyboard.press('Escape');
    for (const which of ['embed', 'cite']) {
      await section.locator(`[data-share-open="${which}"]`).click();
      await expect(section.locator(`dialog[data-share-dialog="${which}"]`)).toBeVisible();
      expect(await seriousViolations(page), `${path} ${which} dialog`).toEqual([]);
      await page.keyboard.press('Escape');
    }
    // The data table, opened from the keyboard.
    await section.locator('.chart-table summary').focus();
    await page.keyboard.press('Enter');
    await expect(section.locator('[data-chart-table] table')).toBeVisible();
    expect(await seriousViolations(page), `${path} data table open`).toEqual([]);
    await section.locator('[data-chart-figure]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(section.locator('[data-share-readout]')).not.toBeEmpty();
    expect(await seriousViolations(page), `${path} read-out`).toEqual([]);
  }
});
