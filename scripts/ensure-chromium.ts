/**
 * Browser tests use Debian's Chromium (test tools cannot download browsers here).
 * Finds it, or installs it with apt-get when running as root; otherwise says how.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/support/chromium.ts';

if (!findChromium()) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    console.error('Chromium is needed for the browser tests: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!findChromium()) {
    console.error('apt-get finished but no chromium binary was found.');
    process.exit(1);
  }
}
