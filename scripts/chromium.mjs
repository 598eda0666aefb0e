// Where the browser tests' Chromium comes from, shared by the tests, the benchmark and
// the install check. Plain JavaScript, so it runs before the project's own Node is there.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH if set, else Debian's Chromium; undefined means Playwright's own browser. */
export function systemChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => !!path && existsSync(path));
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
