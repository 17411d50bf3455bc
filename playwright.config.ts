import { defineConfig, devices } from '@playwright/test';

/**
 * Serves the already-built site with scripts/serve-dist.ts (a plain static host: precompressed files, no on-the-fly
 * compression); Playwright builds nothing itself. Two builds, two servers: `npm run build` (dist/, at /) for every
 * suite, and `npm run build:subpath` (dist-subpath/, under SUBPATH_BASE) for tests/e2e/subpath.spec.ts.
 * PREVIEW_PORT lets two checkouts on one machine test side by side; the sub-path server listens 1000 above it.
 */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;
export const SUBPATH_PORT = PREVIEW_PORT + 1000;
/** Must match the `build:subpath` script in package.json. */
export const SUBPATH_BASE = '/chwd/';
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];

const chromium = { ...devices['Desktop Chrome'], channel: undefined };

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
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testIgnore: '**/subpath.spec.ts', use: { ...chromium, baseURL: BASE_URL } },
    { name: 'subpath', testMatch: '**/subpath.spec.ts', use: { ...chromium, baseURL: SUBPATH_URL } },
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.ts ${PREVIEW_PORT} dist /`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-dist.ts ${SUBPATH_PORT} dist-subpath ${SUBPATH_BASE}`,
      // (The port, not a page: running other suites needs no sub-path build.)
      port: SUBPATH_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
