/**
 * The property, on hundreds of generated portal pages (tests/generated): after the fill and the
 * user's "Add Integration", the portal receives exactly the preset's scopes (plus the one it
 * fixes), every field has its value, the user's own icon choice is kept, the report names every
 * scope the page lacks, and the credentials captured equal those the result view shows.
 *
 * Fixed seed, so `npm test` is repeatable. More pages: GEN_RUNS=5000. A failure prints its seed
 * and path and the one-line command that replays exactly that page.
 */
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResultCredentials } from '@/core/capture/read-credentials';
import { isComplete, watchResult } from '@/core/capture/watch-result';
import { accessibleDescription, accessibleName } from '@/core/dom/accessible-name';
import { deepQueryAll } from '@/core/dom/deep';
import { applyPreset } from '@/core/fill/apply-preset';
import { readSubmission, renderGeneratedPage } from '../generated/render';
import {
  expectedReport,
  expectedSubmission,
  type PageSpec,
  pageSpecArb,
  reportSummary,
  shownCredentials,
} from '../generated/spec';
import { fillRequestFor } from '../generated/request';

const SEED = Number(process.env.GEN_SEED ?? 20261123);
const RUNS = Number(process.env.GEN_RUNS ?? 300);
const PATH = process.env.GEN_PATH;

function render(spec: PageSpec) {
  sessionStorage.clear();
  document.body.replaceChildren();
  const app = document.createElement('main');
  document.body.append(app);
  renderGeneratedPage(document, spec, app);
}

/** Runs a property; on failure, throws fast-check's report plus the command that replays the page. */
async function check(name: string, property: fc.IAsyncPropertyWithHooks<[PageSpec]>) {
  const details = await fc.check(property, { seed: SEED, numRuns: RUNS, path: PATH, endOnFailure: true });
  if (!details.failed) return;
  const replay = `GEN_SEED=${details.seed} GEN_RUNS=${RUNS} GEN_PATH=${details.counterexamplePath} npx vitest run tests/unit/generated-pages.test.ts -t '${name}'`;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n\n${fc.defaultReportMessage(details)}\n\nReplay this page: ${replay}`);
}

const settled = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => document.body.replaceChildren());

describe(`generated portal pages (seed ${SEED}, ${RUNS} pages)`, () => {
  it('fill, then "Add Integration": the portal receives exactly the preset, and the credentials are captured', async () => {
    await check(
      'fill, then',
      fc.asyncProperty(pageSpecArb, async (spec) => {
        render(spec);
        const { report } = await applyPreset(document, fillRequestFor(spec, { settleMs: 40, timeoutMs: 3000 }));
        const context = JSON.stringify({ fields: report.fields, scopes: report.scopes.filter((s) => s.needsUser) });

        expect(reportSummary(report), context).toEqual(expectedReport(spec));
        expect(report.ok, context).toBe(spec.missing.length === 0);

        // Never left open: an icon dialog the fill opened is closed again.
        expect(document.querySelector('[role=dialog]'), context).toBeNull();
        await settled(spec.scopes.batches === 2 ? 15 : 0);
        // The content script's watch is on before "Add Integration", as on the portal.
        const stop = new AbortController();
        const reads: ResultCredentials[] = [];
        watchResult(document, (c) => reads.push(c), {
          signal: stop.signal,
          setTimeout: (fn, ms) => setTimeout(fn, ms),
          rereadMs: 5,
        });
        document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        const received = readSubmission(window);
        const expected = expectedSubmission(spec);
        expect(
          received,
          `${context}\nreceived ${JSON.stringify(received)}\nexpected ${JSON.stringify(expected)}`,
        ).toEqual(expected);
        // The user reveals a masked secret, as the result view asks.
        if (spec.result.masked && spec.result.secretAs === 'text') {
          const show = await vi.waitFor(() => {
            const b = deepQueryAll<HTMLButtonElement>(document, 'button[aria-label="Show Client Secret"]')[0];
            if (!b) throw new Error('no Show button yet');
            return b;
          });
          show.click();
        }
        await vi.waitFor(() => expect(reads.some(isComplete)).toBe(true), { timeout: 1_000, interval: 5 });
        stop.abort();
        expect(reads.at(-1)).toEqual(shownCredentials(spec));
      }),
    );
  }, 240_000);

  it('names and descriptions agree with dom-accessibility-api, the reference implementation, for every light-DOM control', async () => {
    await check(
      'names agree',
      fc.asyncProperty(pageSpecArb, async (spec) => {
        render(spec);
        await settled(spec.scopes.lateMs + (spec.scopes.batches === 2 ? 15 : 0));
        const controls = document.querySelectorAll(
          'input, textarea, [role=checkbox], [role=radio], [role=option], button',
        );
        // Compared without white space: which text a relation brings in is the point. Between
        // inline elements the reference takes happy-dom's computed `display`, which is not a browser's.
        // Invisible line-break helpers (zero-width spaces, soft hyphens) are dropped on purpose.
        const bare = (s: string) => s.replace(/[\s\u200B-\u200D\u2060\u00AD\uFEFF]+/g, '');
        for (const control of Array.from(controls)) {
          expect(bare(accessibleName(control)), control.outerHTML).toBe(bare(computeAccessibleName(control)));
          expect(bare(accessibleDescription(control)), control.outerHTML).toBe(
            bare(computeAccessibleDescription(control)),
          );
        }
      }),
    );
  }, 240_000);
});
