/**
 * Phone and desktop layouts of the urban/rural page: nothing wider than the screen (from 320 px), every chart
 * drawn at the width it has. Screenshots go to $SCREENSHOT_DIR (default test-results/screenshots/) for a person to look at.
 */
import { test, expect, waitForDuckDB } from './fixtures.ts';

for (const width of [320, 390, 1280]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`urban/rural page at ${width}px (${lang}) fits the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(lang === 'zh' ? '/urban-rural/' : '/en/urban-rural/');
      await waitForDuckDB(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Each chart's SVG fits its column (redrawn at the real width on phones).
      const tooWide = await page.locator('section[data-chart] [data-chart-figure] svg').evaluateAll((svgs) =>
        svgs.filter((s) => s.getBoundingClientRect().right > window.innerWidth + 1).length);
      expect(tooWide).toBe(0);
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'}/urban-rural-${lang}-${width}.png`, fullPage: true });
    });
  }
}
