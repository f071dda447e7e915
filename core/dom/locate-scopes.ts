/**
 * Finds scope checkboxes the way the accessibility tree names them. A row is a checkbox (native,
 * `role=checkbox`/`switch`, an option of a multi-select list, in light or shadow DOM; never a
 * hidden twin such as the `<input aria-hidden>` Radix renders beside its button) whose
 * accessible name is the scope, or starts
 * with the scope followed by its description. Only as a last resort is it the first scope-shaped
 * run of text in the checkbox's own row, and after that an id or value equal to the scope.
 * Never a substring (`cjp:config` is not `cjp:config_write`), never a scope named inside running
 * text (a sentence, a `<code>` in a description).
 */
import { ID_SEPARATORS, SCOPE_NAME } from '../portal/knowledge';
import { deepQueryAll, isGhostControl, parentAcrossShadow, textRuns } from './deep';
import { toFinder, type Where } from './finder';
import { CONTROL_SELECTORS } from './locate-field';

export interface ScopeRow {
  scope: string;
  control: Element;
  /** The row: the largest wrapper around the control that holds no other checkbox (computed on use). */
  readonly row: Element;
  by: 'name' | 'row text' | 'id' | 'value';
}

export interface ScopeIndex {
  /** Every scope on the page mapped to its row; wanted scopes without a name found by attribute. */
  byScope: Map<string, ScopeRow>;
}

const CHOICE = CONTROL_SELECTORS.scopeChoice;

/** Every scope choice under `root` that is a control for someone (no hidden twins). */
export function scopeChoices(root: ParentNode): Element[] {
  return deepQueryAll(root, CHOICE).filter((c) => !isGhostControl(c));
}
const MAX_CLIMB = 6;

/** `spark:all`, or `spark:all` from "spark:all: Full access…" (trailing punctuation dropped). */
function asScope(text: string | undefined): string | null {
  if (!text) return null;
  const candidate = text.replace(/[:;,.]+$/, '');
  return SCOPE_NAME.test(candidate) ? candidate : null;
}

/**
 * The scope an accessible name gives: its first piece (a name element, whatever follows it: two
 * inline elements join without a space, `spark:all` + `Full access` → `spark:allFull access`),
 * the whole name (`<b>spark</b>:all`), or its first word when the description follows in the same text.
 */
export function scopeFromName(name: string, pieces: readonly string[]): string | null {
  return asScope(pieces[0]) ?? asScope(name) ?? asScope(name.split(' ')[0]);
}

/** The row of a control: climbs while the wrapper holds no other checkbox (hidden twins do not count). */
export function rowOf(control: Element): Element {
  let row = control;
  for (let i = 0, up = parentAcrossShadow(control); up && i < MAX_CLIMB; i++, up = parentAcrossShadow(up)) {
    if (scopeChoices(up).length > 1) break;
    row = up;
  }
  return row;
}

/** Last resort for a nameless checkbox: the first run of text in its row that is (or starts with) a scope. */
function scopeFromRow(control: Element): string | null {
  for (const run of textRuns(rowOf(control))) {
    if (run.el === control || control.contains(run.el)) continue;
    const scope = asScope(run.text) ?? asScope(run.text.split(' ')[0]);
    if (scope) return scope;
  }
  return null;
}

function attributeMatch(control: Element, scope: string): ScopeRow['by'] | null {
  const id = control.id;
  if (id === scope || ID_SEPARATORS.some((sep) => id.endsWith(sep + scope))) return 'id';
  if (control.getAttribute('value') === scope) return 'value';
  return null;
}

function scopeRow(scope: string, control: Element, by: ScopeRow['by']): ScopeRow {
  let row: Element | undefined;
  return {
    scope,
    control,
    by,
    get row() {
      return (row ??= rowOf(control));
    },
  };
}

/**
 * Fast path, for pages whose checkbox ids are the scopes (what the vendor's console snippet
 * assumes): every wanted scope's element by that exact id, accepted only when it is a checkbox
 * whose accessible name gives the same scope. Null when any one is not confirmed: then the
 * full index decides (it also tells what the page lacks). Touches 19 elements, not 145 rows.
 */
export function confirmedById(where: Where, wanted: readonly string[]): ScopeIndex | null {
  const finder = toFinder(where);
  const doc = finder.root as Document;
  if (typeof doc.getElementById !== 'function' || wanted.length === 0) return null;
  const byScope = new Map<string, ScopeRow>();
  for (const scope of wanted) {
    const control = doc.getElementById(scope);
    if (!control?.matches(CHOICE) || isGhostControl(control)) return null;
    const { name, pieces } = finder.parts(control);
    if (scopeFromName(name, pieces) !== scope) return null;
    byScope.set(scope, scopeRow(scope, control, 'name'));
  }
  return { byScope };
}

/** Maps every scope on the page to its checkbox; wanted scopes with no name are then matched by attribute. */
export function indexScopeRows(where: Where, wanted: readonly string[] = []): ScopeIndex {
  const finder = toFinder(where);
  const byScope = new Map<string, ScopeRow>();
  const controls = finder.all(CHOICE).filter((c) => !isGhostControl(c));
  const nameless: Element[] = [];
  for (const control of controls) {
    const { name, pieces } = finder.parts(control);
    const scope = scopeFromName(name, pieces);
    if (scope) {
      if (!byScope.has(scope)) byScope.set(scope, scopeRow(scope, control, 'name'));
    } else nameless.push(control);
  }
  for (const control of nameless) {
    const scope = scopeFromRow(control);
    if (scope && !byScope.has(scope)) byScope.set(scope, scopeRow(scope, control, 'row text'));
  }
  const claimed = new Set([...byScope.values()].map((r) => r.control));
  for (const scope of wanted) {
    if (byScope.has(scope)) continue;
    for (const control of controls) {
      const by = claimed.has(control) ? null : attributeMatch(control, scope);
      if (!by) continue;
      byScope.set(scope, scopeRow(scope, control, by));
      claimed.add(control);
      break;
    }
  }
  return { byScope };
}
