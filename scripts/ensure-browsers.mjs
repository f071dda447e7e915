/** Makes sure Debian's chromium and firefox-esr are there; installs them as root, else says what to install. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
];

export function ensureBrowsers() {
  const missing = needed.filter(([, path]) => !existsSync(path)).map(([pkg]) => pkg);
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(
      `Missing browser(s): ${missing.join(', ')}.\nInstall them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}),` +
        ' or set CHROMIUM_PATH / FIREFOX_PATH to their executables.',
    );
    process.exit(1);
  }
  console.log(`[setup] installing ${missing.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}

if (process.argv[1]?.endsWith('ensure-browsers.mjs')) ensureBrowsers();
