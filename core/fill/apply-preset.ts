/**
 * Applies a resolved preset to the integration form: every step in page order, then one report.
 * Never submits the form: "Add Integration" stays the user's click.
 */

import { waitFor } from '../dom/wait';
import type { FillRequest } from '../messages';
import { TIMING } from '../portal/knowledge';
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
  const timeoutMs = request.timeoutMs ?? TIMING.waitTimeoutMs;
  const ctx: StepContext = { doc, root: doc, spec: request.integration, timeoutMs, signal };
  const base = { url: doc.location?.href ?? '', presetId: request.presetId };

  const page = await waitFor(
    doc,
    () => {
      const kind = detectPage(doc);
      return kind === 'other' ? null : kind;
    },
    { timeoutMs, signal },
  );
  if (!page || page === 'result') {
    const error =
      page === 'result'
        ? 'This is the result page of an integration already created; open "Create a New App → Integration" to fill a new one.'
        : 'No integration form on this page. Open My Webex Apps → Create a New App → Create an Integration, then fill again.';
    return {
      report: summarize({ ...base, page: page ?? 'other', exact: false, error }, [], [], now() - started),
    };
  }
  const exact = request.exact === 'auto' ? page === 'edit-integration' : request.exact;

  const outcomes: Array<StepOutcome | null> = [];
  outcomes.push(fillMobileSdk(ctx));
  outcomes.push(fillName(ctx));
  outcomes.push(fillContactEmail(ctx));
  outcomes.push(await fillIcon(ctx));
  outcomes.push(fillDescription(ctx));
  outcomes.push(await fillRedirectUris(ctx));
  const scopes = await tickScopes(ctx, { exact });
  outcomes.push(checkTerms(ctx));

  const done = outcomes.filter((o): o is StepOutcome => o !== null);
  const fields: FieldResult[] = done.map((o) => o.result);
  const firstNeedingUser = done.find((o) => o.result.needsUser && o.target)?.target ?? scopes.target;
  const report = summarize({ ...base, page, exact }, fields, scopes.result, now() - started);
  return firstNeedingUser ? { report, firstNeedingUser } : { report };
}
