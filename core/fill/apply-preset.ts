/**
 * Applies a resolved preset to the integration form: every step in page order, then one report.
 * Never submits the form: "Add Integration" stays the user's click.
 */

import { lookedFor } from '../dom/nearest';
import { cachingFinder } from '../dom/finder';
import { waitFor } from '../dom/wait';
import type { FillRequest } from '../messages';
import { FIELD_LABELS, TIMING } from '../portal/knowledge';
import { checkTerms } from './check-terms';
import { detectPage } from './detect-page';
import { fillContactEmail } from './fill-contact-email';
import { fillDescription } from './fill-description';
import { fillIcon } from './fill-icon';
import { fillMobileSdk } from './fill-mobile-sdk';
import { fillName } from './fill-name';
import { fillRedirectUris } from './fill-redirect-uris';
import { type FieldResult, type FillReport, type StepOutcome, summarize } from './report';
import type { StepContext } from './step';
import { tickScopes } from './tick-scopes';

export interface ApplyResult {
  report: FillReport;
  /** The first element the user must look at, if any. */
  firstNeedingUser?: Element;
}

export async function applyPreset(
  doc: Document,
  request: FillRequest,
  { signal, now = () => performance.now() }: { signal?: AbortSignal; now?: () => number } = {},
): Promise<ApplyResult> {
  const started = now();
  const finder = cachingFinder(doc, signal);
  const ctx: StepContext = {
    doc,
    finder,
    spec: request.integration,
    timeoutMs: request.timeoutMs ?? TIMING.waitTimeoutMs,
    settleMs: request.settleMs ?? TIMING.settleMs,
    signal,
  };
  try {
    return await apply(ctx, request, now, started);
  } finally {
    finder.dispose();
  }
}

async function apply(ctx: StepContext, request: FillRequest, now: () => number, started: number): Promise<ApplyResult> {
  const { doc, finder, timeoutMs, settleMs, signal } = ctx;
  const base = { url: doc.location?.href ?? '', presetId: request.presetId };

  // The form may render after the page loads; a page that stays quiet for a second, not
  // loading, without one has none.
  const page = await waitFor(
    doc,
    () => {
      const kind = detectPage(finder);
      return kind === 'other' ? null : kind;
    },
    { timeoutMs, signal, settleMs: Math.max(settleMs, TIMING.noFormSettleMs) },
  );
  if (!page || page === 'result') {
    const error =
      page === 'result'
        ? 'This is the result page of an integration already created; open "Create a New App → Integration" to fill a new one.'
        : `No integration form on this page (${lookedFor(finder, FIELD_LABELS.name, 'a text box')}). Open My Webex Apps → Create a New App → Create an Integration, then fill again.`;
    return {
      report: summarize({ ...base, page: page ?? 'other', exact: false, error }, [], [], now() - started),
    };
  }
  const detected = now();
  const exact = request.exact === 'auto' ? page === 'edit-integration' : request.exact;

  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, step: () => T | Promise<T>): Promise<T> => {
    const t0 = now();
    const result = await step();
    timings[name] = now() - t0;
    return result;
  };
  const outcomes: Array<StepOutcome | null> = [];
  outcomes.push(await timed('mobileSdk', () => fillMobileSdk(ctx)));
  outcomes.push(await timed('name', () => fillName(ctx)));
  outcomes.push(await timed('contactEmail', () => fillContactEmail(ctx)));
  outcomes.push(await timed('icon', () => fillIcon(ctx)));
  outcomes.push(await timed('description', () => fillDescription(ctx)));
  outcomes.push(await timed('redirectUris', () => fillRedirectUris(ctx)));
  const scopes = await timed('scopes', () => tickScopes(ctx, { exact }));
  outcomes.push(await timed('terms', () => checkTerms(ctx)));

  const done = outcomes.filter((o): o is StepOutcome => o !== null);
  const fields: FieldResult[] = done.map((o) => o.result);
  const firstNeedingUser = done.find((o) => o.result.needsUser && o.target)?.target ?? scopes.target;
  const report = summarize({ ...base, page, exact }, fields, scopes.result, now() - started);
  report.timings = { detect: detected - started, ...timings };
  return firstNeedingUser ? { report, firstNeedingUser } : { report };
}
