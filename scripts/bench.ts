/**
 * npm run bench: how fast and how small, against the vendor's console snippet, in one run.
 * Headless Debian Chromium, the built extension, the replica. Prints a table and writes
 * reports/bench.json. Budgets are checked here, never in timed unit tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import type { FillReport } from '../core/fill/report';
import type { FillRequest } from '../core/messages';
import { CHROMIUM_PATH } from '../tests/support/browsers';
import { fillRequest } from '../tests/support/presets';
import { launchWithExtension } from '../tests/support/launch';
import { routeReplica } from '../tests/support/replica-fixtures';
import { ensureBrowsers } from './ensure-browsers.mjs';

// Test builds: the content script marks the page it runs on (data-webex-helper), for the tests to wait on.
process.env.WXT_E2E = '1';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const E2E_RUNS = Number(process.env.BENCH_E2E_RUNS ?? 10);
const FORM = 'https://developer.webex.com/my-apps/new/integration';
/** Budgets (issue: apply ratio ≤ 2.0, the long-term goal staying 1.0; a settled page's report ≤ 1 s). */
const BUDGET = {
  applyRatio: 2.0,
  lateRenderMs: 1000 / 60,
  contentGzip: 10_240,
  popupGzip: 40_960,
  popupOpenMs: 100,
  settledReportMs: 1000,
};
const LONG_TERM_RATIO = 1.0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

// ------------------------------------------------------------------ sizes

function size(file: string) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** A page's JS and CSS: its entry chunk, every chunk it preloads and its style sheets (what the browser loads to show it). */
function pageJs(dir: string, html: string) {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const files = [...text.matchAll(/(?:src|href)="\/((?:chunks|assets)\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return files
    .map((f) => size(path.join(dir, f)))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

function sizes() {
  const out: Record<string, Record<string, { raw: number; gzip: number }>> = {};
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const dir = `.output/${target}`;
    out[target] = {
      content: size(`${dir}/content-scripts/content.js`),
      fillEngine: size(`${dir}/fill-engine.js`),
      popup: pageJs(dir, 'popup.html'),
      // Loaded by the popup only for its hand-off view (on a vendor's page, credentials held).
      popupHandOff: readdirSync(path.join(dir, 'chunks'))
        .filter((f) => f.startsWith('HandOffView-'))
        .map((f) => size(path.join(dir, 'chunks', f)))
        .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 }),
      options: pageJs(dir, 'options.html'),
      background: size(`${dir}/background.js`),
    };
  }
  return out;
}

// ------------------------------------------------------------------ browser helpers

async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const launched = await launchWithExtension();
  await routeReplica(launched.context);
  return launched;
}

/** As the popup does: inject the fill engine (a no-op when it is there), then send the request. */
function sendFill(extensionPage: Page, request: FillRequest): Promise<FillReport> {
  return extensionPage.evaluate(async (req) => {
    interface Chrome {
      tabs: {
        query(q: { url: string }): Promise<Array<{ id?: number }>>;
        sendMessage(id: number, m: unknown): Promise<FillReport>;
      };
      scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    }
    const { tabs, scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await tabs.query({ url: 'https://developer.webex.com/*' });
    await scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/fill-engine.js'] });
    return tabs.sendMessage(tab!.id!, { type: 'webex-helper/fill', request: req });
  }, request);
}

/** The vendor snippet: `querySelector('input[id*=SCOPE]')` + click() per scope, timed in the page. */
function runSnippet(page: Page, scopes: string[]): Promise<number> {
  return page.evaluate((list) => {
    const t0 = performance.now();
    for (const scope of list) {
      const el = document.querySelector<HTMLInputElement>(`input[id*=${scope.replace(':', '\\:')}]`);
      if (el && !el.checked) el.click();
    }
    return performance.now() - t0;
  }, scopes);
}

// ------------------------------------------------------------------ measurements

/**
 * What the page itself spends on the fill's field changes (not the scopes), timed in the main
 * world: the same native-setter writes with input events, the radio, Edit and a default icon.
 * The snippet does none of this; the extension pays it inside its apply time.
 */
function runFieldChanges(page: Page, request: FillRequest): Promise<number> {
  // No named inner functions: tsx's keepNames would wrap them in a helper the page lacks.
  return page.evaluate((i) => {
    const t0 = performance.now();
    document.querySelector<HTMLInputElement>('input[type=radio][value=no]')?.click();
    document.querySelector<HTMLButtonElement>('.icon-field button.link')?.click();
    document.querySelector<HTMLButtonElement>('.icon-choice')?.click();
    const typed: Array<[string, string]> = [
      ['input[maxlength="100"]', i.name],
      ['textarea', i.description],
      ['.uri-row input', i.redirectUris[0] ?? ''],
    ];
    for (const [selector, value] of typed) {
      const el = document.querySelector<HTMLInputElement>(selector);
      if (!el) continue;
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return performance.now() - t0;
  }, request.integration);
}

async function applyTimes(context: BrowserContext, extensionId: string, request: FillRequest, switches: string) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const scopes = [...request.integration.scopes, ...request.integration.optionalScopes];
  const extension: number[] = [];
  const snippet: number[] = [];
  const fieldChanges: number[] = [];
  const steps: Array<Record<string, number>> = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(`${FORM}?delay=0&${switches}`);
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    await page.evaluate(() => sessionStorage.clear());
    snippet.push(await runSnippet(page, scopes));
    await page.reload();
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    fieldChanges.push(await runFieldChanges(page, request));
    await page.reload();
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    const report = await sendFill(ext, request);
    if (!report.ok || report.totals.scopes.ticked !== scopes.length)
      throw new Error(`bench fill failed: ${JSON.stringify(report.totals)}`);
    extension.push(report.elapsedMs);
    steps.push(report.timings ?? {});
    await page.close();
  }
  await ext.close();
  const stepMedians = Object.fromEntries(
    Object.keys(steps[0] ?? {}).map((k) => [k, median(steps.map((s) => s[k] ?? 0))]),
  );
  return { extension, snippet, fieldChanges, steps: stepMedians };
}

/** A settled page that lacks a required scope: from the request to the report (the settle wait included). */
async function settledReport(context: BrowserContext, extensionId: string, request: FillRequest) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const times: number[] = [];
  for (let i = 0; i < Math.max(10, Math.round(RUNS / 2)); i++) {
    const page = await context.newPage();
    await page.goto(`${FORM}?delay=0&missing=meeting:controls_write`);
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    const t0 = Date.now();
    const report = await sendFill(ext, request);
    times.push(Date.now() - t0);
    if (report.scopes.find((s) => s.scope === 'meeting:controls_write')?.status !== 'not offered')
      throw new Error('bench: the missing scope was not reported');
    await page.close();
  }
  await ext.close();
  return times;
}

/** A settled page whose scope list the engine cannot recognise (checkboxes named by descriptions only). */
async function unrecognisedReport(context: BrowserContext, extensionId: string, request: FillRequest) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const times: number[] = [];
  for (let i = 0; i < Math.max(10, Math.round(RUNS / 2)); i++) {
    const page = await context.newPage();
    await page.goto(`${FORM}?delay=0&markup=desc-only&ids=none`);
    await page.locator('.scope-list[aria-busy=false]').waitFor();
    const t0 = Date.now();
    const report = await sendFill(ext, request);
    times.push(Date.now() - t0);
    if (!report.scopes[0]?.detail?.startsWith('no scope list was recognised'))
      throw new Error(`bench: the unrecognised list was not reported as such: ${report.scopes[0]?.detail}`);
    await page.close();
  }
  await ext.close();
  return times;
}

async function lateRender(context: BrowserContext, extensionId: string, request: FillRequest) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const gaps: number[] = [];
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __inserted?: number; __firstTick?: number };
      new MutationObserver((records) => {
        if (
          w.__inserted === undefined &&
          records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof Element && n.matches('.scope-row')))
        ) {
          w.__inserted = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener(
        'click',
        (e) => {
          if (w.__firstTick === undefined && (e.target as Element).matches?.('.scope-row input'))
            w.__firstTick = performance.now();
        },
        true,
      );
    });
    await page.goto(`${FORM}?delay=1500`);
    await page.locator('html[data-webex-helper=ready]').waitFor();
    await sendFill(ext, request);
    gaps.push(
      await page.evaluate(() => {
        const w = window as unknown as { __inserted: number; __firstTick: number };
        return w.__firstTick - w.__inserted;
      }),
    );
    await page.close();
  }
  await ext.close();
  return gaps;
}

/**
 * The popup opened beside a portal form, to its first view interactive (the "Fill form" button
 * in the document, enabled or not), from the page's navigation start; and the layout shift after
 * its first paint (the view must not jump when the tab's state arrives).
 */
async function popupOpen(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`${FORM}?delay=0`);
  await page.locator('.scope-row').first().waitFor();
  const times: number[] = [];
  const shifts: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.addInitScript(() => {
      const w = window as unknown as { __ready?: number; __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver((_, observer) => {
        if ([...document.querySelectorAll('button.primary')].some((b) => b.textContent?.includes('Fill form'))) {
          w.__ready = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined);
    await popup.waitForTimeout(300); // let anything that would move the view arrive
    const r = await popup.evaluate(() => {
      const w = window as unknown as { __ready: number; __shift: number };
      return { ready: w.__ready, shift: w.__shift };
    });
    times.push(r.ready);
    shifts.push(r.shift);
    await popup.close();
    // The same for an extension page with next to no code (the offscreen document's): what any
    // extension page costs this browser before its own code runs.
    const blank = await context.newPage();
    await blank.goto(`chrome-extension://${extensionId}/offscreen.html`);
    baseline.push(
      await blank.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      ),
    );
    await blank.close();
  }
  await page.close();
  return { times, shifts, baseline };
}

/** Popup click on "Fill form" to the report shown, timed in the popup; and the user actions of the whole journey. */
async function endToEnd(context: BrowserContext, extensionId: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const times: number[] = [];
  let actions = { toFilledForm: 0, toCredentialsCopied: 0 };
  for (let i = 0; i < E2E_RUNS; i++) {
    let clicks = 0;
    const page = await context.newPage();
    await page.goto(`${FORM}?delay=0`);
    await page.locator('.scope-row').first().waitFor();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    clicks++; // opening the popup: one click on the toolbar icon
    await popup.getByLabel('Preset', { exact: true }).selectOption('sphereshield-webex-meetings');
    clicks += 2; // open the list, pick the preset
    await popup.getByLabel('Access Portal URL').fill('https://ap.fiji.agat.world');
    clicks++; // focus the field; typing the value is not counted
    await popup.evaluate(() => {
      const w = window as unknown as { __t0?: number; __t1?: number };
      document
        .querySelector('button.primary')!
        .addEventListener('click', () => (w.__t0 = performance.now()), { capture: true, once: true });
      new MutationObserver(() => {
        if (w.__t1 === undefined && document.querySelector('.report')?.textContent?.trim().startsWith('Filled'))
          w.__t1 = performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await popup.getByRole('button', { name: 'Fill form' }).click();
    clicks++;
    await popup.getByText(/^Filled/).waitFor();
    times.push(
      await popup.evaluate(() => {
        const w = window as unknown as { __t0: number; __t1: number };
        return w.__t1 - w.__t0;
      }),
    );
    const toFilledForm = clicks;
    // After the user's own "Add Integration": open the popup again, copy everything at once.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Add Integration' }).click();
    await page.getByRole('heading', { name: /Congratulations/ }).waitFor();
    await popup.reload();
    clicks = 1; // open the popup
    await popup.getByRole('button', { name: 'Copy all…' }).click();
    await popup.getByRole('button', { name: 'Copy all as JSON' }).click();
    clicks += 2;
    const copied = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText()));
    if (!copied.clientSecret || !copied.oauthUrl) throw new Error('bench: credentials not copied');
    actions = { toFilledForm, toCredentialsCopied: clicks };
    await popup.close();
    await page.close();
  }
  return { times, actions };
}

/** The manual route for the same preset: one click per scope, per form field, per credential copied. */
function manualActions(request: FillRequest) {
  const scopes = request.integration.scopes.length + request.integration.optionalScopes.length;
  // mobile SDK "No", name, icon (Edit + pick), description, redirect URI — each at least one click.
  const fields = 1 + 1 + 2 + 1 + 1;
  return { toFilledForm: scopes + fields, toCredentialsCopied: 4 * 2 /* select + copy, each of 4 values */ };
}

// ------------------------------------------------------------------ main

ensureBrowsers();
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
const started = Date.now();
const request = fillRequest('sphereshield-webex-meetings', { accessPortalUrl: 'https://ap.fiji.agat.world' });
const { context, extensionId } = await launch();
const apply = await applyTimes(context, extensionId, request, 'ids=scope&markup=for');
const applyNoIds = await applyTimes(context, extensionId, request, 'ids=none&markup=for');
const settled = await settledReport(context, extensionId, request);
const unrecognised = await unrecognisedReport(context, extensionId, request);
const late = await lateRender(context, extensionId, request);
const e2e = await endToEnd(context, extensionId);
const opened = await popupOpen(context, extensionId);
await context.close();
const sz = sizes();
const manual = manualActions(request);

const ratio = median(apply.extension) / median(apply.snippet);
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${execFileSync(CHROMIUM_PATH, ['--version']).toString().trim().split('\n').pop()}`,
  runs: RUNS,
  apply: {
    extension: { median: median(apply.extension), p95: p95(apply.extension) },
    snippet: { median: median(apply.snippet), p95: p95(apply.snippet) },
    ratio,
    stepMedians: apply.steps,
    pageFieldChanges: { median: median(apply.fieldChanges) },
    withoutIdHints: {
      median: median(applyNoIds.extension),
      ratio: median(applyNoIds.extension) / median(applyNoIds.snippet),
      stepMedians: applyNoIds.steps,
    },
  },
  settledReport: { median: median(settled), max: Math.max(...settled), runs: settled.length },
  unrecognisedReport: { median: median(unrecognised), max: Math.max(...unrecognised), runs: unrecognised.length },
  endToEnd: { median: median(e2e.times), runs: E2E_RUNS },
  popupOpen: {
    median: median(opened.times),
    max: Math.max(...opened.times),
    emptyPage: median(opened.baseline),
    own: median(opened.times) - median(opened.baseline),
    layoutShift: Math.max(...opened.shifts),
    runs: RUNS,
  },
  lateRender: { median: median(late), max: Math.max(...late), frameMs: BUDGET.lateRenderMs },
  sizes: sz,
  userActions: { extension: e2e.actions, manual },
  budgets: {
    applyRatio: { limit: BUDGET.applyRatio, value: ratio, met: ratio <= BUDGET.applyRatio },
    settledReport: {
      limit: BUDGET.settledReportMs,
      value: median(settled),
      met: median(settled) <= BUDGET.settledReportMs,
    },
    unrecognisedReport: {
      limit: BUDGET.settledReportMs,
      value: median(unrecognised),
      met: median(unrecognised) <= BUDGET.settledReportMs,
    },
    lateRender: { limit: BUDGET.lateRenderMs, value: median(late), met: median(late) <= BUDGET.lateRenderMs },
    contentGzip: {
      limit: BUDGET.contentGzip,
      value: sz['chrome-mv3']!.content!.gzip,
      met: sz['chrome-mv3']!.content!.gzip <= BUDGET.contentGzip,
    },
    popupOpen: {
      limit: BUDGET.popupOpenMs,
      value: median(opened.times) - median(opened.baseline),
      met: median(opened.times) - median(opened.baseline) <= BUDGET.popupOpenMs,
    },
    popupLayoutShift: { limit: 0, value: Math.max(...opened.shifts), met: Math.max(...opened.shifts) === 0 },
    popupGzip: {
      limit: BUDGET.popupGzip,
      value: sz['chrome-mv3']!.popup!.gzip,
      met: sz['chrome-mv3']!.popup!.gzip <= BUDGET.popupGzip,
    },
  },
  seconds: (Date.now() - started) / 1000,
};

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(result, null, 2)}\n`);

const rows: Array<[string, string, string]> = [
  [
    'apply, extension (19 scopes + all fields, verified, report)',
    `median ${ms(result.apply.extension.median)}, p95 ${ms(result.apply.extension.p95)}`,
    `${RUNS} runs`,
  ],
  [
    'apply, console snippet (19 scopes only, unverified)',
    `median ${ms(result.apply.snippet.median)}, p95 ${ms(result.apply.snippet.p95)}`,
    'same page, same run',
  ],
  [
    'apply, extension, ids=none (every row named; the snippet ticks nothing there)',
    `median ${ms(result.apply.withoutIdHints.median)}, ratio ${result.apply.withoutIdHints.ratio.toFixed(2)}`,
    `${RUNS} runs`,
  ],
  [
    "the page's own handling of the fill's field changes (main world)",
    `median ${ms(result.apply.pageFieldChanges.median)}`,
    'inside the extension time; the snippet fills no field',
  ],
  [
    'report on a settled page lacking a scope (request → report)',
    `median ${ms(result.settledReport.median)}, max ${ms(result.settledReport.max)}`,
    `budget ${ms(BUDGET.settledReportMs)}`,
  ],
  [
    'report on a settled page whose scope list is not recognisable (request → report)',
    `median ${ms(result.unrecognisedReport.median)}, max ${ms(result.unrecognisedReport.max)}`,
    `budget ${ms(BUDGET.settledReportMs)}`,
  ],
  ['end to end: click "Fill form" → report shown', `median ${ms(result.endToEnd.median)}`, `${E2E_RUNS} runs`],
  [
    'popup opened → first view interactive (beside a portal form), from navigation start',
    `median ${ms(result.popupOpen.median)} (an empty extension page: ${ms(result.popupOpen.emptyPage)}; the popup's own ${ms(result.popupOpen.own)}); layout shift ${result.popupOpen.layoutShift.toFixed(3)}`,
    `budget ${ms(BUDGET.popupOpenMs)} own, no shift`,
  ],
  [
    'late render: scope list inserted → first tick',
    `median ${ms(result.lateRender.median)}, max ${ms(result.lateRender.max)}`,
    `budget ${ms(BUDGET.lateRenderMs)}`,
  ],
  ...(['chrome-mv3', 'firefox-mv2'] as const).flatMap((t) =>
    (['content', 'fillEngine', 'popup', 'popupHandOff', 'options', 'background'] as const).map(
      (k): [string, string, string] => [
        `size ${t} ${k}`,
        `${kb(sz[t]![k]!.gzip)} gzip, ${kb(sz[t]![k]!.raw)} raw`,
        k === 'content'
          ? 'budget 10 kB gzip (runs on every portal page)'
          : k === 'fillEngine'
            ? 'injected on "Fill form" only'
            : k === 'popup'
              ? 'budget 40 kB gzip, JS + CSS (what opens the popup)'
              : '',
      ],
    ),
  ),
  [
    'user actions to a filled form',
    `${e2e.actions.toFilledForm} (manual: ${manual.toFilledForm})`,
    'clicks + keystrokes, typing values excluded',
  ],
  [
    'user actions to all credentials copied',
    `${e2e.actions.toCredentialsCopied} (manual: ${manual.toCredentialsCopied})`,
    '',
  ],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
console.log(
  `apply steps (median ms): ${Object.entries(apply.steps)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ')}`,
);
console.log(
  `apply steps without id hints (median ms): ${Object.entries(applyNoIds.steps)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ')}`,
);
console.log(
  `apply ratio (extension/snippet): ${ratio.toFixed(2)} (budget ${BUDGET.applyRatio.toFixed(1)}, long-term goal ${LONG_TERM_RATIO.toFixed(1)})`,
);
for (const [name, b] of Object.entries(result.budgets))
  console.log(
    `budget ${name}: ${b.met ? 'met' : 'MISSED'} (${typeof b.value === 'number' ? b.value.toFixed(2) : b.value} vs ${b.limit.toFixed(2)})`,
  );
console.log(`wrote reports/bench.json in ${result.seconds.toFixed(0)} s`);
