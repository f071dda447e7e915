/** DOM helpers that see into open shadow roots (web components) as a user's eyes do. */

/** Every element under `root`, in document order, descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.children)) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  };
  visit(root);
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

export function isVisible(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}
