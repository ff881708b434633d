/**
 * The test command needs Debian programs that npm cannot provide: Chromium (browser
 * tests; test tools cannot download browsers here), Java (the Nu Html Checker),
 * xmllint (sitemap schema) and nginx (the generated server blocks, run for real).
 * Finds them, or installs the missing ones with apt-get when running as root;
 * otherwise says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from '../tests/support/chromium.ts';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = [
  ...(findChromium() ? [] : ['chromium']),
  ...(has('java') ? [] : ['default-jre-headless']),
  ...(has('xmllint') ? [] : ['libxml2-utils']),
  ...(has('nginx') ? [] : ['nginx-light']),
];
if (missing.length) {
  if (process.getuid?.() !== 0) {
    console.error(`The tests need: sudo apt-get install -y ${missing.join(' ')} (or set CHROMIUM_PATH for Chromium).`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
