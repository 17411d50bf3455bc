import { defineConfig, devices } from '@playwright/test';

/**
 * Serves the already-built site (`npm run build` first) with scripts/serve-dist.ts; Playwright builds nothing itself.
 * PREVIEW_PORT lets two checkouts on one machine test side by side.
 */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // The machine has 2 cores shared with other work: keep browser concurrency low.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node scripts/serve-dist.ts ${PREVIEW_PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
