/**
 * Phone and desktop layouts of the urban/rural page: nothing wider than the screen (from 320 px), every chart
 * drawn at the width it has. Screenshots go to $SCREENSHOT_DIR (default test-results/screenshots/) for a person to look at.
 */
import { test, expect, chartsSettled } from './fixtures.ts';

for (const width of [320, 390, 1280]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`urban/rural page at ${width}px (${lang}) fits the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(lang === 'zh' ? '/urban-rural/' : '/en/urban-rural/');
      await chartsSettled(page);
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

/** Tile texts (names, values) whose rendered box is not inside the tile it is drawn on. */
for (const lang of ['zh', 'en'] as const) {
  test(`province tile map embed (${lang}): every tile label fits its tile from 300 to 1,200 px`, async ({ page }) => {
    // (Not near 640 px: there the pre-rendered SVG is kept and never redrawn.)
    for (const width of [300, 360, 480, 720, 900, 1200]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${lang === 'zh' ? '' : '/en'}/embed/urban-rural-province-map/`);
      // Measure the chart drawn at this width in the browser, not the scaled pre-rendered one.
      await page.locator('section[data-chart][data-rendered]').waitFor({ state: 'attached' });
      const result = await page.locator('[data-chart-figure] svg[role="img"]:visible').evaluate((svg) => {
        const tiles = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect()).filter((r) => r.width > 10);
        const out: string[] = [];
        let names = 0;
        for (const t of svg.querySelectorAll('text')) {
          const b = t.getBoundingClientRect();
          if (!t.textContent?.trim() || b.width === 0) continue;
          const cx = b.left + b.width / 2, cy = b.top + b.height / 2;
          const tile = tiles.find((r) => cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom);
          if (!tile) { out.push(`"${t.textContent}" is on no tile`); continue; }
          names += 1;
          if (b.left < tile.left || b.right > tile.right) out.push(`"${t.textContent}" ${Math.round(b.width)} px in a ${Math.round(tile.width)} px tile`);
        }
        return { out, names, svgWidth: svg.getBoundingClientRect().width };
      });
      // 31 names at least (values may be left out on the narrowest charts).
      expect(result.names, `${width}px`).toBeGreaterThanOrEqual(31);
      expect(result.out, `${width}px`).toEqual([]);
      if (width === 300 || width === 1200) {
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'}/province-map-embed-${lang}-${width}.png`, fullPage: true });
      }
    }
  });
}
