/**
 * npm run outlines:replica: writes tests/portal-outlines/replica-*.html, one page outline per
 * replica switch, made the way a user makes one: the built extension fills the replica in
 * Chromium (fill engine), then the outline engine outlines the page, with the report as the
 * outline's expectation. The replay test (tests/unit/portal-outlines.test.ts) then proves that an
 * outline reproduces its report, so "a user sent an outline" is one file away from a test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { FillReport } from '../core/fill/report';
import type { FillRequest, OutlineMessage } from '../core/messages';
import type { Outline } from '../core/outline/build-outline';
import { expectationOf } from '../core/outline/header';
import type { Preset } from '../core/presets/schema';
import { resolvePreset } from '../core/presets/resolve-preset';
import { sampleValues } from '../core/presets/parameter-rules';
import { validatePreset } from '../core/presets/validate';
import { launchWithExtension } from '../tests/support/launch';
import { routeReplica } from '../tests/support/replica-fixtures';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { partOf } from '../core/presets/parts';
import { fillRequestOf } from '../core/presets/fill-request';

// Test builds: the content script marks the page it runs on (data-webex-helper), for the tests to wait on.
process.env.WXT_E2E = '1';

const SWITCHES: Array<{ name: string; query: string; preset: string; host?: string; part?: string }> = [
  { name: 'default', query: '', preset: 'sphereshield-webex-meetings' },
  ...['wrap', 'aria', 'shadow', 'label-desc', 'aria-wrapper', 'shadow-row', 'mdc', 'cui'].map((m) => ({
    name: `markup-${m}`,
    query: `markup=${m}`,
    preset: 'sphereshield-webex-meetings',
  })),
  { name: 'ids-none', query: 'ids=none', preset: 'sphereshield-webex-meetings' },
  { name: 'icon-pressed', query: 'icon=pressed', preset: 'sphereshield-webex-meetings' },
  { name: 'redirect-chips', query: 'redirect=chips', preset: 'sphereshield-webex-meetings' },
  {
    name: 'missing-scope',
    query: 'missing=meeting:admin_schedule_write',
    preset: 'sphereshield-webex-meetings',
  },
  { name: 'contact-center', query: '', preset: 'bs-ccbi', part: 'contactCenter', host: 'developer.webex-cx.com' },
];

const OUT = path.resolve('tests/portal-outlines');
ensureBrowsers();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const { context, extensionId } = await launchWithExtension();
await routeReplica(context);
const extPage = await context.newPage();
await extPage.goto(`chrome-extension://${extensionId}/options.html`);
const version = JSON.parse(
  execFileSync('node', ['-p', 'JSON.stringify(require("./package.json").version)']).toString(),
);

/** As the popup does: inject an engine into the portal tab, then send it one message. */
function toPortalTab<R>(host: string, file: string, message: unknown): Promise<R> {
  return extPage.evaluate(
    async ({ host, file, message }) => {
      interface Chrome {
        tabs: {
          query(q: { url: string }): Promise<Array<{ id?: number }>>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
        scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
      }
      const { tabs, scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await tabs.query({ url: `https://${host}/*` });
      await scripting.executeScript({ target: { tabId: tab!.id! }, files: [file] });
      return tabs.sendMessage(tab!.id!, message);
    },
    { host, file, message },
  ) as Promise<R>;
}

for (const s of SWITCHES) {
  const checked = validatePreset(JSON.parse(readFileSync(`scope-presets/${s.preset}.json`, 'utf8')));
  if (!checked.ok) throw new Error(`${s.preset}: ${JSON.stringify(checked.problems)}`);
  const preset: Preset = checked.value;
  const part = partOf(preset, s.part);
  const host = s.host ?? part.portal;
  const values = sampleValues(preset);
  const resolved = resolvePreset(preset, values, { part: part.key });
  if (!resolved.ok) throw new Error(`${preset.id}: ${JSON.stringify(resolved.problems)}`);
  const page: Page = await context.newPage();
  await page.goto(`https://${host}/my-apps/new/integration${s.query ? `?${s.query}` : ''}`);
  await page.waitForSelector('html[data-webex-helper=ready]');
  const request: FillRequest = fillRequestOf(preset, part, resolved.value);
  const report = await toPortalTab<FillReport>(host, '/fill-engine.js', { type: 'webex-helper/fill', request });
  const message: OutlineMessage = {
    type: 'webex-helper/outline',
    header: {
      version,
      host,
      date: new Date().toISOString(),
      preset: { id: preset.id, values, exact: 'auto', ...(part.count > 1 && { part: part.key }) },
      expect: expectationOf(report),
    },
  };
  const outline = await toPortalTab<Outline>(host, '/outline.js', message);
  const file = path.join(OUT, `replica-${s.name}.html`);
  writeFileSync(file, outline.html);
  console.log(
    `${path.relative(process.cwd(), file)}: ${Math.ceil(outline.bytes / 1024)} kB, ${report.totals.needsUser} item(s) needing the user`,
  );
  await page.close();
}
await context.close();
