/**
 * Scopes: ticks every preset scope, verifies each, and in exact mode unticks the others
 * (except those the portal fixes). Waits for a late-rendered list.
 */
import { confirmedById, indexScopeRows, type ScopeIndex, type ScopeRow } from '../dom/locate-scopes';
import { isChecked, isDisabled, setChecked } from '../dom/set-value';
import { nearestScope, scopeListDiagnosis } from '../dom/nearest';
import { microtask, waitFor } from '../dom/wait';
import { PORTAL_FIXED_SCOPES } from '../portal/knowledge';
import type { ScopeResult, StepOutcome } from './report';
import type { StepContext } from './step';

function disabledReason(row: ScopeRow): string {
  const reason =
    row.control.getAttribute('title') ??
    row.row.getAttribute('title') ??
    row.row.querySelector('[data-reason], [role=note]')?.textContent ??
    '';
  return reason.trim() ? `disabled on the page: ${reason.trim()}` : 'disabled on the page';
}

/**
 * Waits until the list shows rows (a form without any scope is still loading: up to the
 * timeout), then until it holds every wanted scope or the page settles: a settled list that
 * lacks a scope is reported at once. Exact mode needs the whole list (it unticks what is not
 * wanted), so it always waits for the page to settle.
 */
async function waitForScopeList(ctx: StepContext, wanted: string[], exact: boolean): Promise<ScopeIndex | null> {
  const hasAll = (ix: ScopeIndex) => wanted.every((s) => ix.byScope.has(s));
  const { doc, finder, timeoutMs, signal } = ctx;
  // Exact mode needs every row; otherwise ids that name the scopes, confirmed by name, suffice.
  const quick = exact ? null : confirmedById(finder, wanted);
  if (quick) return quick;
  const first = await waitFor(
    doc,
    () => {
      const ix = indexScopeRows(finder, wanted);
      return ix.byScope.size > 0 ? ix : null;
    },
    { timeoutMs, signal },
  );
  if (!first || (hasAll(first) && !exact)) return first;
  let latest = first;
  const complete = await waitFor(
    doc,
    () => {
      latest = indexScopeRows(finder, wanted);
      return hasAll(latest) && !exact ? latest : null;
    },
    ctx,
  );
  return complete ?? latest;
}

export interface TickOptions {
  exact: boolean;
}

export async function tickScopes(ctx: StepContext, { exact }: TickOptions): Promise<StepOutcome<ScopeResult[]>> {
  const { scopes, optionalScopes } = ctx.spec;
  const wanted = [...scopes, ...optionalScopes];
  const index = await waitForScopeList(ctx, wanted, exact);
  if (!index) {
    const waited = ctx.timeoutMs >= 1000 ? `${Math.round(ctx.timeoutMs / 1000)} s` : `${ctx.timeoutMs} ms`;
    const detail = `the scope list did not appear within ${waited} (${scopeListDiagnosis(ctx.finder)}); reload the page or tick them yourself`;
    return {
      result: wanted.map((scope) => ({
        scope,
        status: 'failed',
        optional: optionalScopes.includes(scope),
        detail,
        needsUser: true,
      })),
    };
  }

  const results: ScopeResult[] = [];
  const clicked: Array<{ result: ScopeResult; row: ScopeRow; want: boolean }> = [];
  let target: Element | undefined;
  const flag = (row: ScopeRow | undefined) => {
    target ??= row?.row;
  };

  for (const scope of wanted) {
    const optional = optionalScopes.includes(scope);
    const row = index.byScope.get(scope);
    if (!row) {
      const near = nearestScope(scope, [...index.byScope.keys()]);
      const detail =
        (optional
          ? 'optional; this portal does not offer it to your account'
          : 'not on this page; the portal may not offer it to your account') +
        (near ? ` (nearest on the page: ${near})` : '');
      results.push({ scope, status: 'not offered', optional, detail, needsUser: !optional });
      continue;
    }
    if (isChecked(row.control)) {
      results.push({ scope, status: 'already', optional, needsUser: false });
    } else if (isDisabled(row.control)) {
      results.push({
        scope,
        status: 'disabled',
        optional,
        detail: disabledReason(row),
        needsUser: !optional,
      });
      if (!optional) flag(row);
    } else {
      const result: ScopeResult = { scope, status: 'ticked', optional, needsUser: false };
      results.push(result);
      clicked.push({ result, row, want: true });
      setChecked(row.control, true);
    }
  }

  if (exact) {
    for (const [scope, row] of index.byScope) {
      if (wanted.includes(scope) || PORTAL_FIXED_SCOPES.includes(scope) || !isChecked(row.control)) continue;
      if (isDisabled(row.control)) continue;
      const result: ScopeResult = { scope, status: 'unticked', optional: false, needsUser: false };
      results.push(result);
      clicked.push({ result, row, want: false });
      setChecked(row.control, false);
    }
  }

  // Verify after the page's framework has had its turn (a microtask, or until the page settles):
  // a tick that did not stick is a failure.
  const kept = () => clicked.every(({ row, want }) => isChecked(row.control) === want);
  await microtask();
  if (!kept()) await waitFor(ctx.doc, kept, ctx);
  for (const { result, row, want } of clicked) {
    if (isChecked(row.control) === want) continue;
    result.status = 'failed';
    result.detail = want ? 'the page did not keep the tick' : 'the page did not keep the untick';
    result.needsUser = true;
    flag(row);
  }
  for (const result of results) {
    if (result.needsUser && !target && result.status !== 'not offered') flag(index.byScope.get(result.scope));
  }
  return target ? { result: results, target } : { result: results };
}
