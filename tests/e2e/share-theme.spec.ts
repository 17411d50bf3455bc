/**
 * Theme: follows the system by default, the toggle stores the reader's choice and it is applied before the
 * first paint on the next page; print is always light and without interface chrome.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Records <html data-theme> at the moment <body> is created, i.e. before anything is painted. */
async function recordThemeAtBody(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_m, obs) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('toggle: system light → dark, stored, applied before paint on the next page, back to system', async ({ page }) => {
  await recordThemeAtBody(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/urban-rural/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe('rgb(255, 255, 255)');

  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('chwd-theme'))).toBe('dark');
  expect(await background(page)).not.toBe('rgb(255, 255, 255)');

  await page.goto('/en/urban-rural/');
  expect(await themeAtBody(page)).toBe('dark');
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');

  // Choosing what the system already prefers forgets the choice: the page follows the system again.
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('chwd-theme'))).toBeNull();
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('system dark: dark without a stored choice; keyboard toggles to light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/urban-rural/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).not.toBe('rgb(255, 255, 255)');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('print: light colours and no toolbar, controls or toggle even in dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/urban-rural/');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await expect(page.locator('[data-chart-toolbar]').first()).toBeHidden();
  await expect(page.locator('[data-chart-controls]').first()).toBeHidden();
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await expect(page.locator('[data-chart-figure] svg[role="img"]:visible').first()).toBeVisible();
});
