import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser';

/**
 * Browser tests run against the built site, served by `astro preview`: once at the root
 * (dist/), once built under a sub-path (dist-subpath/, base /errors/), as a company
 * portal would host it, and once built from the fixture catalog of every code shape
 * (dist-shapes/). `npm test` builds all three before running these.
 */
const PORT = 4321;
const SUBPATH_PORT = 4322;
/** The site built from tests/fixtures/shapes, a catalog with codes of every shape (dist-shapes/). */
const SHAPES_PORT = 4323;

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
      testIgnore: /(subpath|shapes)\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://localhost:${PORT}` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://localhost:${SUBPATH_PORT}` },
    },
    {
      name: 'shapes',
      testMatch: /shapes\.spec\.ts/,
      use: { browserName: 'chromium', baseURL: `http://localhost:${SHAPES_PORT}` },
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
    {
      command: `astro preview --ignore-lock --port ${SHAPES_PORT} --host localhost`,
      url: `http://localhost:${SHAPES_PORT}/`,
      env: { OUT_DIR: 'dist-shapes', ATLAS_CONTENT_DIR: 'tests/fixtures/shapes' },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
