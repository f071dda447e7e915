/**
 * How locators see a page: elements by selector (open shadow roots included) and accessible
 * names. During a fill, a caching finder remembers both while the page is unchanged, so the
 * steps do not recompute 150 names each: a MutationObserver (its delivered records, or those
 * still pending, read synchronously) says when anything changed, and the caches are dropped.
 * Elsewhere (detection, tests) a direct finder computes every time.
 */
import { accessibleNameParts, type LabelsOf } from './accessible-name';
import { deepQueryAll, shadowRootsIn } from './deep';

export interface NameParts {
  name: string;
  pieces: string[];
}

export interface Finder {
  root: ParentNode;
  all<T extends Element = Element>(selector: string): T[];
  name(el: Element): string;
  parts(el: Element): NameParts;
}

/** A root to search, or a finder already made for it. */
export type Where = ParentNode | Finder;

const isFinder = (where: Where): where is Finder => typeof (where as Finder).parts === 'function';

export function directFinder(root: ParentNode): Finder {
  return {
    root,
    all: (selector) => deepQueryAll(root, selector),
    name: (el) => accessibleNameParts(el).name,
    parts: accessibleNameParts,
  };
}

export const toFinder = (where: Where): Finder => (isFinder(where) ? where : directFinder(where));

const hasElement = (r: MutationRecord) =>
  Array.prototype.some.call(r.addedNodes, (n: Node) => n.nodeType === 1) ||
  Array.prototype.some.call(r.removedNodes, (n: Node) => n.nodeType === 1);

/** Attributes that decide which elements a selector matches (and so what a query returns). */
const STRUCTURAL = new Set([
  'role',
  'type',
  'hidden',
  'inert',
  'aria-hidden',
  'aria-pressed',
  'aria-checked',
  'aria-selected',
  'aria-multiselectable',
]);
/** Attributes a name is computed from (besides text, which any text change may alter). */
const NAMING = ['aria-label', 'aria-labelledby', 'id', 'for', 'title', 'placeholder', 'alt', 'value', 'slot'];
const WATCH = { subtree: true, childList: true, characterData: true, attributeFilter: [...STRUCTURAL, ...NAMING] };

/**
 * A finder whose answers hold until the page changes, disposed with the fill (or its signal).
 * Element lists are dropped only when elements come or go or a structural attribute changes;
 * names whenever any text or naming attribute changes (a recycled list row keeps its element
 * but not its text).
 */
export function cachingFinder(doc: Document, signal?: AbortSignal): Finder & { dispose(): void } {
  const queries = new Map<string, Element[]>();
  let names = new WeakMap<Element, NameParts>();
  const watched = new Set<Node>();
  let namesStale = false;
  let queriesStale = false;
  let labelIndex: Map<Element, Element[]> | null = null;
  const note = (records: MutationRecord[]) => {
    for (const r of records) {
      namesStale = true;
      const attr = r.attributeName ?? '';
      if (r.type === 'attributes' ? STRUCTURAL.has(attr) : r.type === 'childList' && hasElement(r)) {
        queriesStale = true;
      }
      if (attr === 'for' || attr === 'id' || queriesStale) labelIndex = null;
    }
  };
  /** Every label's control, once per page state: one pass over the labels instead of one tree scan per control. */
  const labels: LabelsOf = (el) => {
    if (!labelIndex) {
      labelIndex = new Map();
      for (const label of deepQueryAll<HTMLLabelElement>(doc, 'label')) {
        const control = label.control;
        if (control) labelIndex.set(control, [...(labelIndex.get(control) ?? []), label]);
      }
    }
    return labelIndex.get(el) ?? [];
  };
  const observer = new (doc.defaultView ?? globalThis).MutationObserver(note);
  const watch = () => {
    for (const target of [doc, ...shadowRootsIn(doc)]) {
      if (watched.has(target)) continue;
      watched.add(target);
      observer.observe(target, WATCH);
    }
  };
  /** Drops what the page's changes (delivered, or still pending: read synchronously) made stale. */
  const fresh = () => {
    note(observer.takeRecords());
    if (namesStale) names = new WeakMap();
    if (queriesStale) {
      queries.clear();
      watch();
    }
    namesStale = queriesStale = false;
  };
  watch();
  const dispose = () => observer.disconnect();
  signal?.addEventListener('abort', dispose, { once: true });
  const parts = (el: Element) => {
    fresh();
    let found = names.get(el);
    if (!found) names.set(el, (found = accessibleNameParts(el, labels)));
    return found;
  };
  return {
    root: doc,
    all<T extends Element = Element>(selector: string): T[] {
      fresh();
      let found = queries.get(selector);
      if (!found) queries.set(selector, (found = deepQueryAll(doc, selector)));
      return found as T[];
    },
    name: (el) => parts(el).name,
    parts,
    dispose,
  };
}
