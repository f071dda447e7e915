/**
 * One pass over the page that gives every element its short visible text (textContent, with
 * open shadow roots in place of light DOM). Texts over `limit` characters are dropped: no label
 * or scope name is that long. Bottom-up over elements only, reading text with the native
 * textContent of short subtrees, so the cost is linear and no text node is touched from script.
 */

export interface TextIndexEntry {
  el: Element;
  text: string;
  /** labelKey(text), filled in on first use. */
  key?: string;
}

export interface TextIndex {
  /** Elements in document order (shadow content right after its host), with their short text. */
  entries: TextIndexEntry[];
}

const SKIP = new Set(['script', 'style', 'template', 'noscript']);

export function buildTextIndex(root: ParentNode, limit = 200): TextIndex {
  const entries: TextIndexEntry[] = [];
  /** Returns the text of `node`'s children (its shadow root's for a host), or null when too long. */
  const visit = (node: ParentNode): string | null => {
    let long = false;
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      if (SKIP.has(el.localName)) continue;
      const slot = entries.length;
      entries.push({ el, text: '' });
      const own = el.shadowRoot ? visitHost(el) : el.firstElementChild ? visit(el) : textOf(el);
      if (own === null) {
        long = true;
        entries[slot] = { el, text: '\u0000' };
      } else entries[slot] = { el, text: own };
    }
    if (long) return null;
    return textOf(node);
  };
  const visitHost = (host: Element): string | null => {
    const shadowText = visit(host.shadowRoot!);
    visit(host); // index light children too (slotted content)
    return shadowText;
  };
  const textOf = (node: ParentNode): string | null => {
    const text = (node as Node).textContent ?? '';
    return text.length > limit ? null : text;
  };
  visit(root);
  return { entries: entries.filter((e) => e.text !== '\u0000') };
}
