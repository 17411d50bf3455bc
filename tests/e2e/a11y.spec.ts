/**
 * axe-core on every page (both languages) and every embed, in light and dark, plus the share dialogs open:
 * no serious or critical violations; and touch-target size on every page at phone width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
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

// One test per page or embed and theme, so each stays well within its time limit on a busy machine.
for (const path of [...PAGES, ...EMBEDS]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${path}, ${scheme}`, async ({ page }) => {
      // The Coverage pages hold a few thousand cells: axe needs one to two minutes for each on a busy machine.
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme: scheme });
      const res = await page.goto(path);
      expect(res?.status(), `${path} exists`).toBe(200);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

// Touch targets on a phone (WCAG 2.2, 2.5.8): axe leaves this rule off unless asked; at 375 px every link, button and
// control is 24 px large or leaves that much room around it (the Coverage page's cells included).
for (const path of PAGES) {
  test(`axe target size at 375 px: ${path}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} (${v.nodes.length})`)).toEqual([]);
  });
}

/** The share tools of a page's first chart, each opened as a reader would (from the keyboard where it matters). */
const OPEN: Record<string, (page: Page, section: Locator) => Promise<void>> = {
  'download menu': async (_page, section) => {
    await section.locator('[data-share-menu-button]').click();
    await expect(section.getByRole('menu')).toBeVisible();
  },
  'embed dialog': async (_page, section) => {
    await section.locator('[data-share-open="embed"]').click();
    await expect(section.locator('dialog[data-share-dialog="embed"]')).toBeVisible();
  },
  'cite dialog': async (_page, section) => {
    await section.locator('[data-share-open="cite"]').click();
    await expect(section.locator('dialog[data-share-dialog="cite"]')).toBeVisible();
  },
  'data table': async (page, section) => {
    await section.locator('.chart-table summary').focus();
    await page.keyboard.press('Enter');
    await expect(section.locator('[data-chart-table] table')).toBeVisible();
  },
  'chart read-out': async (page, section) => {
    await section.locator('[data-chart-figure]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(section.locator('[data-share-readout]')).not.toBeEmpty();
  },
};

// One test per tool and language; the whole page is scanned above, here only the chart whose tool is open.
for (const path of [pagePath('urban-rural', 'zh'), pagePath('urban-rural', 'en')]) {
  for (const [what, open] of Object.entries(OPEN)) {
    test(`axe: ${path} with the ${what} open`, async ({ page }) => {
      await page.goto(path);
      const section = page.locator('section[data-chart]').first();
      // Settled at its width first: a redraw after the tool opens would close or clear it.
      await expect(section).toHaveAttribute('data-rendered', /^(page|live)$/);
      await open(page, section);
      expect(await seriousViolations(page, `#${await section.getAttribute('id')}`)).toEqual([]);
    });
  }
}
