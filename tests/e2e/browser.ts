import type { LaunchOptions } from '@playwright/test';
import { CHROMIUM_FLAGS, systemChromium } from '../../scripts/chromium.mjs';

export { CHROMIUM_FLAGS, systemChromium };

/** The system's Chromium where there is one, with quiet flags; else Playwright's own. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = systemChromium();
  if (!executablePath) return {};
  return { executablePath, args: CHROMIUM_FLAGS };
}
