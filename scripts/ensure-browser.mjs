// Runs before the browser tests (npm's pretest:e2e): makes sure a Chromium is there.
// Debian's chromium package is installed when running as root with apt-get (Playwright
// cannot download its own browser on a closed network); elsewhere Playwright's own
// Chromium is installed. Does nothing when a browser is already there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { systemChromium } from './chromium.mjs';

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (systemChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("Installing Debian's Chromium for the browser tests");
  if (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']) &&
    systemChromium()
  ) {
    process.exit(0);
  }
  console.error('apt-get could not install chromium; trying Playwright’s own browser');
}
if (run('npx', ['playwright', 'install', 'chromium'])) process.exit(0);
console.error('No Chromium for the browser tests: install one (apt-get install chromium) or set CHROMIUM_PATH.');
process.exit(1);
