/**
 * npm test: typecheck, lint, build both browsers, unit tests, then e2e in Chromium and Firefox.
 * Ends with one line `N passed, N failed` summing every runner; a missing report counts as a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

// Test builds: the content script marks the page it runs on (data-webex-helper), for the tests to wait on.
process.env.WXT_E2E = '1';

const run = (cmd, args) => {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`[test] ${cmd} ${args.join(' ')}: exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
};

ensureBrowsers();
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports');

let passed = 0;
let failed = 0;
const step = (name, ok) => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`[test] FAILED: ${name}`);
  }
};

step('typecheck', run('npx', ['tsc', '--noEmit']));
step('lint', run('npx', ['eslint', '.']));
step('format', run('npx', ['prettier', '--check', '.']));
const built = run('npx', ['wxt', 'build']) && run('npx', ['wxt', 'build', '-b', 'firefox']);
step('build', built);
step('web-ext lint', built && run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input']));
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
if (built) run('npx', ['playwright', 'test']);

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed +=
    vitest.numFailedTests +
    (vitest.numTotalTestSuites > 0 && vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0);
} else step('vitest report (reports/vitest.json missing)', false);
const pw = read('reports/playwright.json');
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected + pw.stats.skipped;
  if (pw.stats.skipped) console.log(`[test] ${pw.stats.skipped} skipped e2e test(s) counted as failures`);
} else step('playwright report (reports/playwright.json missing)', false);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
