/** DOM helpers that see into open shadow roots (web components) as a user's eyes do. */

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
  visit(root as Node);
  return out;
}

export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  return deepElements(root).filter((el) => el.matches(selector)) as T[];
}

/** The parent element, crossing a shadow root to its host. */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whitespace folded, trimmed. */
export function normText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A label as compared: lower case, no `*`, no trailing `:`, no ⊕-style symbols. */
export function labelKey(text: string | null | undefined): string {
  return normText((text ?? '').replace(/[*⊕+✚]/g, ' '))
    .replace(/:$/, '')
    .toLowerCase();
}

/** Visible text of an element including its open shadow trees (textContent skips shadow roots). */
export function deepText(el: Element): string {
  if (!el.shadowRoot) return normText(el.textContent);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) {
      walk(node.shadowRoot);
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el);
  return normText(parts.join(' '));
}

/** Finds an element by id in the same tree (document or shadow root) as `near`. */
export function byIdNear(near: Element, id: string): Element | null {
  const root = near.getRootNode() as Document | ShadowRoot;
  return 'getElementById' in root ? root.getElementById(id) : null;
}

/** Hidden by markup: the hidden attribute or aria-hidden on it or an ancestor, or type=hidden. Cheap: no style recalc. */
export function isHiddenByMarkup(el: Element): boolean {
  return (
    el.closest('[hidden], [aria-hidden=true]') !== null ||
    (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden')
  );
}

/** Visible to the user, computed styles included (forces a style recalc: use only to break ties). */
export function isVisible(el: Element): boolean {
  if (isHiddenByMarkup(el)) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** The first of `candidates` a user can see: the only one when there is one, else the first visible. */
export function firstVisible<T extends Element>(candidates: T[]): T | undefined {
  const shown = candidates.filter((c) => !isHiddenByMarkup(c));
  return shown.length <= 1 ? shown[0] : (shown.find(isVisible) ?? shown[0]);
}
