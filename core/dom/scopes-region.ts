/**
 * The part of the form that holds the scope list, and what in it can hide rows from the user:
 * collapsed sections (a `<details>`, or a button with `aria-expanded=false`), rows rendered but
 * hidden, and a scroll container whose list mounts only the rows in view (a virtual list).
 * Found from the "Scopes" label (or from a scope row), never by an id.
 */
import { FIELD_LABELS, BUTTON_TEXTS } from '../portal/knowledge';
import {
  byIdNear,
  deepQueryAll,
  isHiddenByMarkup,
  labelKey,
  normText,
  parentAcrossShadow,
  shadowRootsIn,
} from './deep';
import { CONTROL_SELECTORS, findButtons } from './locate-field';

/** What ends the scopes region when climbing: a field to type in, or the form's submit button. */
const OTHER_FIELD = CONTROL_SELECTORS.text;

/** The "Scopes" label: an element whose own text is the label, or an element named so by aria-label. */
export function scopesLabel(doc: Document): Element | null {
  const wanted = new Set(FIELD_LABELS.scopes.map(labelKey));
  for (const root of [doc, ...shadowRootsIn(doc)]) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = normText(node.nodeValue);
      if (text.length > 12 || !wanted.has(labelKey(text))) continue;
      const el = node.parentElement;
      if (!el || el.closest('button, [role=button], a, script, style, template')) continue;
      return el;
    }
  }
  return deepQueryAll(doc, '[aria-label]').find((el) => wanted.has(labelKey(el.getAttribute('aria-label')))) ?? null;
}

export interface ScopesRegion {
  /** The smallest element holding the label and the list, without reaching another field. */
  root: Element;
  /** Whether an element belongs to the region (after the label, before the next field, when they share a parent). */
  holds(el: Element): boolean;
}

const isSubmit = (el: Element) => findButtons(el, [...BUTTON_TEXTS.submitNew, ...BUTTON_TEXTS.submitEdit]).length > 0;

/** Climbs from `start` while the wrapper holds no other field and no submit button. */
function climb(start: Element): Element {
  let root = start;
  for (let up = parentAcrossShadow(start); up; up = parentAcrossShadow(up)) {
    if (deepQueryAll(up, OTHER_FIELD).some((f) => !isHiddenByMarkup(f)) || isSubmit(up)) break;
    root = up;
  }
  return root;
}

/** The scopes region, from the "Scopes" label, else from a row already found; null without either. */
export function scopesRegion(doc: Document, aRow?: Element): ScopesRegion | null {
  const label = scopesLabel(doc);
  const start = label ?? aRow;
  if (!start) return null;
  const root = climb(start);
  if (root !== start || !label) return { root, holds: (el) => root.contains(el) || containsAcross(root, el) };
  // The label's parent already holds other fields (a flat form): the region is what follows the
  // label up to the next field or submit button.
  const parent = parentAcrossShadow(label) ?? label;
  const after = (el: Element) => (label.compareDocumentPosition(el) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  const next = deepQueryAll(parent, `${OTHER_FIELD}, button[type=submit]`).find(after);
  return {
    root: parent,
    holds: (el) => after(el) && (!next || (el.compareDocumentPosition(next) & 4) !== 0),
  };
}

function containsAcross(ancestor: Element, el: Element): boolean {
  for (let at: Element | null = el; at; at = parentAcrossShadow(at)) if (at === ancestor) return true;
  return false;
}

const TOGGLE = 'button[aria-expanded=false], [role=button][aria-expanded=false], summary';

/** A toggle that expands a section (not a menu, list box or dialog opener), still collapsed. */
export function isCollapsedToggle(el: Element): boolean {
  if (el.localName === 'summary') {
    const details = el.parentElement;
    return details?.localName === 'details' && !(details as HTMLDetailsElement).open;
  }
  const popup = el.getAttribute('aria-haspopup');
  return el.getAttribute('aria-expanded') === 'false' && (popup === null || popup === 'false');
}

/** The collapsed sections' toggles in the region, in page order. */
export function collapsedToggles(region: ScopesRegion): HTMLElement[] {
  return deepQueryAll<HTMLElement>(region.root, TOGGLE).filter(
    (t) => region.holds(t) && isCollapsedToggle(t) && !isHiddenByMarkup(t),
  );
}

/** The section name a toggle shows ("Admin", "Meetings"). */
export const toggleName = (toggle: Element) => normText(toggle.textContent).slice(0, 60) || 'a collapsed section';

/**
 * The collapsed section a row is hidden in, and the toggle that opens it: the `<summary>` of a
 * closed `<details>`, or a collapsed toggle whose `aria-controls` names an ancestor of the row.
 */
export function hidingSection(row: Element, region: ScopesRegion | null): HTMLElement | null {
  const details = row.closest('details:not([open])');
  const summary = details?.querySelector(':scope > summary');
  if (summary) return summary as HTMLElement;
  if (!region) return null;
  for (const toggle of collapsedToggles(region)) {
    for (const id of (toggle.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean)) {
      const panel = byIdNear(toggle, id);
      if (panel && containsAcross(panel, row)) return toggle;
    }
  }
  return null;
}

/**
 * Rendered but not shown, as the markup says: under `hidden`, in a closed `<details>`, or in a
 * panel that a collapsed toggle names by `aria-controls` (however the page's styles hide it).
 */
export function isRowHidden(row: Element): boolean {
  if (row.closest('[hidden], details:not([open])') !== null) {
    // A summary's own content is shown even when its details is closed.
    return row.closest('summary') === null || row.closest('[hidden]') !== null;
  }
  const root = row.getRootNode() as Document | ShadowRoot;
  for (const toggle of Array.from(root.querySelectorAll('[aria-expanded=false][aria-controls]'))) {
    if (!isCollapsedToggle(toggle)) continue;
    for (const id of (toggle.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean)) {
      const panel = byIdNear(toggle, id);
      if (panel && containsAcross(panel, row)) return true;
    }
  }
  return false;
}

/** A scroll container holding `el` that has more content than it shows (a virtual list's viewport). */
export function scrollContainerOf(el: Element, region: ScopesRegion | null): HTMLElement | null {
  const view = el.ownerDocument.defaultView;
  for (let at = parentAcrossShadow(el); at; at = parentAcrossShadow(at)) {
    if (region && !containsAcross(region.root, at) && at !== region.root) break;
    const box = at as HTMLElement;
    if (box.scrollHeight <= box.clientHeight + 1) continue;
    const overflow = view?.getComputedStyle(box).overflowY ?? '';
    if (/^(auto|scroll|overlay)$/.test(overflow)) return box;
  }
  return null;
}
