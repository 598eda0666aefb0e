import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Where Playwright cannot download its own browser (closed networks), the system's
 * Chromium is used: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. Elsewhere
 * Playwright's own Chromium is used (after `npx playwright install chromium`).
 */
export function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * Quiet, sandbox-free headless Chromium: the machine's network is closed, and these flags
 * stop Chromium's own background connections that would otherwise be refused.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = systemChromium();
  if (!executablePath) return {};
  return { executablePath, args: CHROMIUM_FLAGS };
}
