import { defineConfig } from '@playwright/test';

export default defineConfig({
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  projects: [
    { name: 'replica', testDir: 'tests/replica-e2e' },
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/e2e-firefox' },
  ],
});
