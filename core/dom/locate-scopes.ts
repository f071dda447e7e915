/**
 * Finds scope checkboxes by the scope's exact visible name, the way an admin reads the list.
 * Fallback: an id / value / aria-label equal to the scope, or an id ending in it after a
 * separator (`scope-spark:all`). Never a substring (`cjp:config` is not `cjp:config_write`),
 * never a description that happens to mention a scope.
 */
import { ID_SEPARATORS, SCOPE_NAME } from '../portal/knowledge';
import { deepQueryAll, normText, parentAcrossShadow } from './deep';
import { buildTextIndex } from './text-index';
import { CONTROL_SELECTORS, innermost } from './locate-field';

export interface ScopeRow {
  scope: string;
  control: Element;
  /** The row element holding the control, its name and description. */
  row: Element;
  by: 'name' | 'id' | 'value' | 'aria-label';
}

export interface ScopeIndex {
  /** Rows found by visible name, plus rows of `wanted` scopes found by attribute. */
  byScope: Map<string, ScopeRow>;
}

const MAX_CLIMB = 4;
const MAX_NAME_LENGTH = 120;

/** A scope named inside a sentence (a description's `<code>spark:all</code>`) is a mention, not a row's name. */
function isMention(el: Element, name: string, textOf: Map<Element, string>): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const parentText = textOf.get(parent);
  if (parentText !== undefined && normText(parentText) === name) return false;
  return deepQueryAll(parent, CONTROL_SELECTORS.checkbox).length === 0;
}

function scopeNameElements(root: ParentNode): Array<{ el: Element; name: string }> {
  const { entries } = buildTextIndex(root, MAX_NAME_LENGTH);
  const textOf = new Map(entries.map((e) => [e.el, e.text]));
  const hits: Array<{ el: Element; name: string }> = [];
  for (const { el, text } of entries) {
    const name = normText(text);
    if (el.localName !== 'option' && SCOPE_NAME.test(name) && !isMention(el, name, textOf)) hits.push({ el, name });
  }
  return innermost(hits, (hit) => hit.el);
}

/** The smallest ancestor (self included) holding exactly one checkbox, or null if it holds several first. */
function rowWithSingleControl(start: Element, selector: string): { row: Element; control: Element } | null {
  let ancestor: Element | null = start;
  for (let i = 0; ancestor && i <= MAX_CLIMB; i++, ancestor = parentAcrossShadow(ancestor)) {
    const controls = ancestor.matches(selector) ? [ancestor] : deepQueryAll(ancestor, selector);
    if (controls.length === 1) return { row: ancestor, control: controls[0]! };
    if (controls.length > 1) return null;
  }
  return null;
}

function attributeMatch(control: Element, scope: string): ScopeRow['by'] | null {
  const id = control.id;
  if (id === scope || ID_SEPARATORS.some((sep) => id.endsWith(sep + scope))) return 'id';
  if (control.getAttribute('value') === scope) return 'value';
  if (control.getAttribute('aria-label') === scope) return 'aria-label';
  return null;
}

/** Maps every scope name on the page to its row; wanted scopes without a visible name are matched by attribute. */
export function indexScopeRows(root: ParentNode, wanted: readonly string[] = []): ScopeIndex {
  return withAttributeMatches(root, rowsFor(scopeNameElements(root)), wanted);
}

function rowsFor(names: Array<{ el: Element; name: string }>): ScopeIndex {
  const selector = CONTROL_SELECTORS.checkbox;
  const byScope = new Map<string, ScopeRow>();
  const claimed = new Set<Element>();
  for (const { el, name } of names) {
    if (byScope.has(name)) continue;
    const found = rowWithSingleControl(el, selector);
    if (!found || claimed.has(found.control)) continue;
    byScope.set(name, { scope: name, ...found, by: 'name' });
    claimed.add(found.control);
  }
  return { byScope };
}

/** Fallback for rows with no visible name: an id / value / aria-label equal to the scope. */
function withAttributeMatches(root: ParentNode, index: ScopeIndex, wanted: readonly string[]): ScopeIndex {
  const selector = CONTROL_SELECTORS.checkbox;
  const { byScope } = index;
  const claimed = new Set([...byScope.values()].map((r) => r.control));
  const missing = wanted.filter((scope) => !byScope.has(scope));
  const controls = missing.length ? deepQueryAll(root, selector) : [];
  for (const scope of missing) {
    for (const control of controls) {
      if (claimed.has(control)) continue;
      const by = attributeMatch(control, scope);
      if (!by) continue;
      byScope.set(scope, { scope, control, row: parentAcrossShadow(control) ?? control, by });
      claimed.add(control);
      break;
    }
  }
  return { byScope };
}
