/** DOM helpers that see into open shadow roots (web components) as a user's eyes do. */

interface ShadowScan {
  epoch: number;
  /** Elements under the root when scanned (a native count). */
  count: number;
  roots: ShadowRoot[];
}
const scans = new WeakMap<Node, ShadowScan>();

/**
 * The scan is reused only within one synchronous run of our code (until the next microtask):
 * the page's own scripts cannot change the tree in between, except through what we click, and
 * a count check catches that.
 */
let epoch = 0;
let epochScheduled = false;
function currentEpoch(): number {
  if (!epochScheduled) {
    epochScheduled = true;
    queueMicrotask(() => {
      epoch++;
      epochScheduled = false;
    });
  }
  return epoch;
}

/**
 * Elements that may host an open shadow root. Browsers: custom elements (a hyphen in the tag
 * name, as every UI kit's web components have), found by native XPath without touching the
 * rest of the page, which from a content script's isolated world costs a wrapper per element
 * (683 elements: 1.2 ms walked, 0.1–0.6 ms by XPath). Elsewhere (happy-dom): every element.
 * In the light DOM of a browser page, a shadow root attached to a plain built-in element (a
 * `<div>`) is not searched; inside shadow trees every element is.
 */
function possibleHosts(node: ParentNode): ArrayLike<Element> {
  const doc = (node as Node).ownerDocument ?? (node as Document);
  // XPath takes no shadow root as its context: inside one (a small tree), every element.
  if (typeof doc.evaluate !== 'function' || (node as Node).nodeType === 11) return node.querySelectorAll('*');
  const found = doc.evaluate(".//*[contains(local-name(), '-')]", node as Node, null, 7, null);
  return Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i) as Element);
}

/** Every open shadow root under `root` (its own included), nested ones too, in document order. */
export function shadowRootsIn(root: ParentNode): ShadowRoot[] {
  const now = currentEpoch();
  const count = root.querySelectorAll('*').length;
  const cached = scans.get(root as Node);
  if (cached && cached.epoch === now && cached.count === count) return cached.roots;
  const roots: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    const hosts = possibleHosts(node);
    for (let i = 0; i < hosts.length; i++) {
      const shadow = hosts[i]!.shadowRoot;
      if (shadow) {
        roots.push(shadow);
        visit(shadow);
      }
    }
  };
  // A host asked about itself: its own shadow tree first.
  const own = (root as Element).shadowRoot;
  if (own) {
    roots.push(own);
    visit(own);
  }
  visit(root);
  scans.set(root as Node, { epoch: now, count, roots });
  return roots;
}

/** Every element under `root`, in document order, descending into open shadow roots (after their host). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    const doc = node.ownerDocument ?? (node as Document);
    const walker = doc.createTreeWalker(node, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  const own = (root as Element).shadowRoot;
  if (own) visit(own);
  visit(root as Node);
  return out;
}

/**
 * Elements matching `selector` under `root` and in its open shadow roots, in document order.
 * Without shadow roots this is one native querySelectorAll.
 */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  if (shadowRootsIn(root).length === 0) return Array.from(root.querySelectorAll<T>(selector));
  return deepElements(root).filter((el) => el.matches(selector)) as T[];
}

/** The parent element, crossing a shadow root to its host. */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

/** `ancestor` contains `el`, across shadow roots. */
export function containsDeep(ancestor: Element, el: Element): boolean {
  for (let at: Element | null = el; at; at = parentAcrossShadow(at)) if (at === ancestor) return true;
  return false;
}

/** Characters that only help lines break (zero-width spaces and joiners, word joiner, soft hyphen, BOM). */
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** Invisible line-break helpers removed, white space (no-break spaces included) folded, trimmed. */
export function normText(text: string | null | undefined): string {
  const t = text ?? '';
  // Scanned first: most texts have none, and this runs for every name the fill computes.
  return (INVISIBLE.test(t) ? t.replace(INVISIBLE_ALL, '') : t).replace(/\s+/g, ' ').trim();
}

/** A label as compared: lower case, no `*`, no trailing `:`, no ⊕-style symbols. */
export function labelKey(text: string | null | undefined): string {
  return normText((text ?? '').replace(/[*⊕+✚]/g, ' '))
    .replace(/:$/, '')
    .toLowerCase();
}

/** Tags a browser lays out as blocks by default: their text is set apart by spaces. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
export const isBlockTag = (el: Element) => BLOCK_TAGS.has(el.localName);

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose content is never text a user reads (scripts, styles, templates). */
export const isUnreadTag = (el: Element) => SKIP_TAGS.has(el.localName);

/**
 * The children a user sees under `node`: a host's shadow root instead of its light children, a
 * slot's assigned nodes (or its fallback content when nothing is assigned).
 */
export function flatChildren(node: Node): Node[] {
  if (node.nodeType === 1) {
    const el = node as Element;
    if (el.shadowRoot) return Array.from(el.shadowRoot.childNodes);
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) return assigned;
    }
  }
  return Array.from(node.childNodes);
}

/**
 * Visible text of an element in the flattened tree (shadow content, slotted nodes), with block
 * elements set apart by spaces. Plain `textContent` skips shadow roots and runs blocks together.
 */
export function deepText(el: Element): string {
  if (!el.firstElementChild && !el.shadowRoot && el.localName !== 'slot') return normText(el.textContent);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const child = node as Element;
    if (node.nodeType === 1 && SKIP_TAGS.has(child.localName)) return;
    const block = node.nodeType === 1 && isBlockTag(child);
    if (block) parts.push(' ');
    for (const c of flatChildren(node)) walk(c);
    if (block) parts.push(' ');
  };
  walk(el);
  return normText(parts.join(''));
}

/** Finds an element by id in the same tree (document or shadow root) as `near`. */
export function byIdNear(near: Node, id: string): Element | null {
  const root = near.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** Hidden by markup: the hidden attribute, aria-hidden or inert on it or an ancestor, or type=hidden. Cheap: no style recalc. */
export function isHiddenByMarkup(el: Element): boolean {
  return (
    el.closest('[hidden], [aria-hidden=true], [inert]') !== null ||
    (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden')
  );
}

/**
 * A control's twin that is no control for anyone: hidden from assistive technology, inert, or a
 * hidden input (Radix renders such an `<input aria-hidden>` beside its `button[role=checkbox]`
 * for forms). A control merely inside a collapsed section is still a control.
 */
export function isGhostControl(el: Element): boolean {
  return (
    el.closest('[aria-hidden=true], [inert]') !== null ||
    (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden')
  );
}

/** A run of text: an element that holds text of its own, with its whole visible text. */
export interface TextRun {
  el: Element;
  text: string;
}

/**
 * The runs of text under `el`, in reading order (flattened tree): each element that holds a
 * text node of its own is one run, with all its visible text (so a `<code>` inside a sentence is
 * part of the sentence's run, never a run of its own). Skips `[hidden]` subtrees and form
 * controls' own content.
 */
export function textRuns(el: Element): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (node: Element) => {
    if (SKIP_TAGS.has(node.localName) || node.hasAttribute('hidden')) return;
    const children = flatChildren(node);
    if (children.some((c) => c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '')) {
      const text = deepText(node);
      if (text) runs.push({ el: node, text });
      return;
    }
    for (const child of children) if (child.nodeType === 1) visit(child as Element);
  };
  visit(el);
  return runs;
}
