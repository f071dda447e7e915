/**
 * Scopes: ticks every preset scope, verifies each from the page, and in exact mode unticks the
 * others (except those the portal fixes). Waits for a late-rendered list, and brings into view
 * what the list hides: a row in a collapsed section is shown by opening its section (left open,
 * so the user can review it); wanted scopes not yet found are looked for in collapsed sections
 * (opened one by one) and in a virtual list's scroll container (scrolled step by step, ticking
 * as rows appear). A scope found nowhere is "not offered" only when the whole list was seen;
 * otherwise "not found" in the list as shown, with the reason.
 */
import { confirmedById, indexScopeRows, type ScopeIndex, type ScopeRow } from '../dom/locate-scopes';
import {
  collapsedToggles,
  hidingSection,
  isCollapsedToggle,
  isRowHidden,
  scopesRegion,
  type ScopesRegion,
  scrollContainerOf,
  toggleName,
} from '../dom/scopes-region';
import { isChecked, isDisabled, setChecked } from '../dom/set-value';
import { nearestScope, scopeListDiagnosis } from '../dom/nearest';
import { isLoading, microtask, waitFor } from '../dom/wait';
import { PORTAL_FIXED_SCOPES } from '../portal/knowledge';
import type { ScopeResult, StepOutcome } from './report';
import type { StepContext } from './step';

/** Bounds on bringing rows into view: sections opened, scroll steps per list, lists scrolled. */
export const REVEAL_LIMITS = { toggles: 40, scrollSteps: 120, lists: 3 } as const;

function disabledReason(row: ScopeRow): string {
  const reason =
    row.control.getAttribute('title') ??
    row.row.getAttribute('title') ??
    row.row.querySelector('[data-reason], [role=note]')?.textContent ??
    '';
  return reason.trim() ? `disabled on the page: ${reason.trim()}` : 'disabled on the page';
}

interface ListState {
  index: ScopeIndex;
  /** The wait for any row ended because the page was still loading when time ran out. */
  timedOut: boolean;
}

/**
 * Waits until the list shows rows, or the page has rendered and is quiet (a settled page is
 * settled whether or not a row was found; only a page that says it is loading is waited for, up
 * to the timeout); then until it holds every wanted scope or the page settles. Exact mode needs
 * the whole list (it unticks what is not wanted), so it always waits for the page to settle.
 */
async function waitForScopeList(ctx: StepContext, wanted: string[], exact: boolean): Promise<ListState> {
  const hasAll = (ix: ScopeIndex) => wanted.every((s) => ix.byScope.has(s));
  const { doc, finder } = ctx;
  // Exact mode needs every row; otherwise ids that name the scopes, confirmed by name, suffice.
  const quick = exact ? null : confirmedById(finder, wanted);
  if (quick) return { index: quick, timedOut: false };
  const started = Date.now();
  const first = await waitFor(
    doc,
    () => {
      const ix = indexScopeRows(finder, wanted);
      return ix.byScope.size > 0 ? ix : null;
    },
    ctx,
  );
  if (!first)
    return {
      index: indexScopeRows(finder, wanted),
      timedOut: isLoading(doc) || Date.now() - started >= ctx.timeoutMs,
    };
  if (hasAll(first) && !exact) return { index: first, timedOut: false };
  let latest = first;
  const complete = await waitFor(
    doc,
    () => {
      latest = indexScopeRows(finder, wanted);
      return hasAll(latest) && !exact ? latest : null;
    },
    ctx,
  );
  return { index: complete ?? latest, timedOut: false };
}

/**
 * The scroll container mounts only part of its list: the rows it holds span clearly less than
 * its scroll height (an ordinary scrolling list's rows fill it). Without layout (no heights at
 * all), it may: scrolling one step tells.
 */
function mountsPart(box: HTMLElement, rows: ScopeRow[]): boolean {
  let top = Infinity;
  let bottom = -Infinity;
  for (const { control } of rows) {
    if (!box.contains(control)) continue;
    const r = control.getBoundingClientRect();
    if (r.height === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return bottom <= top || bottom - top < box.scrollHeight * 0.8;
}

export interface TickOptions {
  exact: boolean;
}

export async function tickScopes(ctx: StepContext, { exact }: TickOptions): Promise<StepOutcome<ScopeResult[]>> {
  const { scopes, optionalScopes } = ctx.spec;
  const wanted = [...scopes, ...optionalScopes];
  const isOptional = (scope: string) => optionalScopes.includes(scope);
  const list = await waitForScopeList(ctx, wanted, exact);
  const indexNow = () => indexScopeRows(ctx.finder, wanted);
  const firstRow = list.index.byScope.values().next().value as ScopeRow | undefined;
  // Found once, when first needed: most lists have no sections and need no more than the index.
  let regionFound: ScopesRegion | null | undefined;
  const regionOf = () =>
    regionFound === undefined ? (regionFound = scopesRegion(ctx.doc, firstRow?.control)) : regionFound;
  /** The page can hide rows at all: collapsed sections, closed details, hidden panels. */
  let sectioned: boolean | undefined;
  const mayHide = () => (sectioned ??= ctx.doc.querySelector('details, [aria-expanded=false], [hidden]') !== null);

  const decided = new Map<string, ScopeResult>();
  const unticked = new Map<string, ScopeResult>();
  const seen = new Set<string>();
  const opened = new Set<Element>();
  /** Why the list may not have been seen whole (each said once). */
  const unseen = new Set<string>();
  let target: Element | undefined;
  const flag = (row: ScopeRow | undefined) => {
    target ??= row?.row;
  };

  /** Waits until the page has answered a click or a scroll (quiet briefly, or done loading). */
  const quiet = () =>
    waitFor(ctx.doc, () => null, {
      timeoutMs: Math.max(ctx.settleMs * 4, 1_000),
      settleMs: Math.min(ctx.settleMs, 100),
      ...(ctx.signal && { signal: ctx.signal }),
    });

  /** Opens the collapsed sections that hide rows we must act on; true if any was opened. */
  const reveal = async (rows: ScopeRow[]): Promise<boolean> => {
    if (!mayHide()) return false;
    let any = false;
    for (const row of rows) {
      if (!isRowHidden(row.control)) continue;
      const toggle = hidingSection(row.control, regionOf());
      if (!toggle || opened.has(toggle)) continue;
      opened.add(toggle);
      toggle.click();
      any = true;
    }
    if (any) await quiet();
    return any;
  };

  /** Ticks (and in exact mode unticks) what this view of the list shows, and verifies each. */
  let lastIndex = list.index;
  const pass = async (given: ScopeIndex) => {
    let index = given;
    const acting = (ix: ScopeIndex) => [
      ...wanted.filter((s) => !decided.has(s)).flatMap((s) => ix.byScope.get(s) ?? []),
      ...(exact
        ? [...ix.byScope.values()].filter(
            (r) => !wanted.includes(r.scope) && !unticked.has(r.scope) && isChecked(r.control),
          )
        : []),
    ];
    if (await reveal(acting(index))) index = indexNow();
    lastIndex = index;
    for (const scope of index.byScope.keys()) seen.add(scope);

    const clicked: Array<{ result: ScopeResult; row: ScopeRow; want: boolean }> = [];
    const stillHidden = (row: ScopeRow, result: ScopeResult) => {
      if (!mayHide() || !isRowHidden(row.control)) return;
      const where = hidingSection(row.control, regionOf());
      result.detail = `${result.detail ? `${result.detail}; ` : ''}in ${where ? `the collapsed section "${toggleName(where)}"` : 'a part of the list the page hides'}: open it to review`;
    };
    for (const scope of wanted) {
      if (decided.has(scope)) continue;
      const row = index.byScope.get(scope);
      if (!row) continue;
      const optional = isOptional(scope);
      let result: ScopeResult;
      if (isChecked(row.control)) {
        result = { scope, status: 'already', optional, needsUser: false };
      } else if (isDisabled(row.control)) {
        result = { scope, status: 'disabled', optional, detail: disabledReason(row), needsUser: !optional };
        if (!optional) flag(row);
      } else {
        result = { scope, status: 'ticked', optional, needsUser: false };
        clicked.push({ result, row, want: true });
        setChecked(row.control, true);
      }
      stillHidden(row, result);
      decided.set(scope, result);
    }
    if (exact) {
      for (const [scope, row] of index.byScope) {
        if (wanted.includes(scope) || PORTAL_FIXED_SCOPES.includes(scope) || unticked.has(scope)) continue;
        if (!isChecked(row.control) || isDisabled(row.control)) continue;
        const result: ScopeResult = { scope, status: 'unticked', optional: false, needsUser: false };
        stillHidden(row, result);
        unticked.set(scope, result);
        clicked.push({ result, row, want: false });
        setChecked(row.control, false);
      }
    }
    // Verify after the page's framework has had its turn (a microtask, or until the page
    // settles), before the list scrolls on: a tick that did not stick is a failure.
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
  };

  const missing = () => wanted.filter((s) => !decided.has(s));
  const lookFurther = () => exact || missing().length > 0;

  await pass(list.index);

  // Collapsed sections in the scopes region that may hold what is still missing: one at a time
  // (an accordion may keep only one open), ticking what each shows.
  const region = lookFurther() ? regionOf() : null;
  for (let n = 0; region && lookFurther() && n < REVEAL_LIMITS.toggles; n++) {
    const toggle = collapsedToggles(region).find((t) => !opened.has(t));
    if (!toggle) break;
    opened.add(toggle);
    toggle.click();
    await quiet();
    // An accordion may close it again when it opens the next: what counts is that it opened now.
    if (isCollapsedToggle(toggle)) unseen.add(`the section "${toggleName(toggle)}" did not open`);
    await pass(indexNow());
  }
  if (region && lookFurther()) {
    const still = collapsedToggles(region);
    if (still.some((t) => !opened.has(t)))
      unseen.add(`${REVEAL_LIMITS.toggles} collapsed sections were opened, and more remain`);
  }

  // A virtual list mounts only the rows in view: scroll its container step by step. A list
  // whose first step shows no scope not seen before has all its rows mounted: left alone.
  if (lookFurther()) {
    // The scroll containers of a few rows (first, middle, last) of the list as last seen.
    const containers = new Set<HTMLElement>();
    const rows = [...lastIndex.byScope.values()];
    const probes = [rows[0], rows[rows.length >> 1], rows[rows.length - 1]];
    const checked = new Set<HTMLElement>();
    for (const probe of probes) {
      const box = probe ? scrollContainerOf(probe.control, region) : null;
      if (!box || checked.has(box)) continue;
      checked.add(box);
      if (mountsPart(box, rows)) containers.add(box);
    }
    for (const box of containers) {
      const start = box.scrollTop;
      const scrollTo = async (top: number) => {
        box.scrollTop = top;
        box.dispatchEvent(new Event('scroll'));
        await quiet();
      };
      if (start !== 0) {
        await scrollTo(0);
        await pass(indexNow());
      }
      let steps = 0;
      for (; steps < REVEAL_LIMITS.scrollSteps && lookFurther(); steps++) {
        const before = box.scrollTop;
        if (before + box.clientHeight >= box.scrollHeight - 1) break;
        const known = seen.size;
        await scrollTo(before + Math.max(1, Math.floor(box.clientHeight * 0.8)));
        if (box.scrollTop <= before) break;
        await pass(indexNow());
        if (steps === 0 && start === 0 && seen.size === known) break;
      }
      if (steps >= REVEAL_LIMITS.scrollSteps)
        unseen.add(`the list was scrolled ${steps} times without reaching its end`);
      box.scrollTop = start === 0 ? 0 : start;
      box.dispatchEvent(new Event('scroll'));
    }
  }

  if (seen.size === 0 && decided.size === 0) {
    const waited = ctx.timeoutMs >= 1000 ? `${Math.round(ctx.timeoutMs / 1000)} s` : `${ctx.timeoutMs} ms`;
    const detail = list.timedOut
      ? `the scope list did not appear within ${waited} (${scopeListDiagnosis(ctx.finder)}); reload the page or tick them yourself`
      : `no scope list was recognised on this page (${scopeListDiagnosis(ctx.finder)}); tick them yourself`;
    return {
      result: wanted.map((scope) => ({
        scope,
        status: 'failed',
        optional: isOptional(scope),
        detail,
        needsUser: true,
      })),
    };
  }

  const offered = [...seen];
  const results: ScopeResult[] = wanted.map((scope) => {
    const known = decided.get(scope);
    if (known) return known;
    const optional = isOptional(scope);
    const near = nearestScope(scope, offered);
    const nearest = near ? ` (nearest on the page: ${near})` : '';
    if (unseen.size > 0) {
      const detail = `not found in the list as shown: ${[...unseen].join('; ')}${nearest}`;
      return { scope, status: 'not found', optional, detail, needsUser: !optional };
    }
    const detail =
      (optional
        ? 'optional; this portal does not offer it to your account'
        : 'not on this page; the portal may not offer it to your account') + nearest;
    return { scope, status: 'not offered', optional, detail, needsUser: !optional };
  });
  results.push(...unticked.values());
  for (const result of results) {
    if (result.needsUser && !target && result.status !== 'not offered' && result.status !== 'not found')
      flag(indexNow().byScope.get(result.scope));
  }
  return target ? { result: results, target } : { result: results };
}
