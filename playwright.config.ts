import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser';

/**
 * Browser tests run against the built site, served by `astro preview`: once at the root
 * (dist/) and once built under a sub-path (dist-subpath/, base /errors/), as a company
 * portal would host it. `npm test` builds both before running these.
 */
const PORT = 4321;
const SUBPATH_PORT = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /subpath\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://localhost:${PORT}` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://localhost:${SUBPATH_PORT}` },
    },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --port ${PORT} --host localhost`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --port ${SUBPATH_PORT} --host localhost`,
      url: `http://localhost:${SUBPATH_PORT}/errors/`,
      env: { BASE_PATH: '/errors/', OUT_DIR: 'dist-subpath' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
