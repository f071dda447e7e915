/**
 * Accessible names and descriptions, computed the way browsers do for their accessibility tree
 * (W3C "Accessible Name and Description Computation 1.2" with HTML-AAM's native rules), across
 * open shadow roots. Every locator uses this one module: fields, scopes, buttons, the icon
 * picker and the result view are found by what a screen reader would announce, never by an id.
 *
 * Steps, in the spec's order: 2A hidden, 2B aria-labelledby, 2C embedded control, 2D aria-label
 * (an empty one is ignored), 2E native labels (`<label for>` in the same tree, a wrapping
 * `<label>`, `alt`, `value` of buttons, `<legend>`), 2F name from content for roles that allow it
 * (and always while recursing), 2I `title`, then a text box's `placeholder`.
 * `dom-accessibility-api` (the reference implementation) is the oracle in tests/unit.
 * Not computed, to stay free of style recalculations: CSS `display` (block tags are set apart by
 * their tag instead) and `::before`/`::after` content.
 */
import { byIdNear, flatChildren, isBlockTag, isUnreadTag, normText } from './deep';

/** A control's `<label>` elements. Browsers' own `el.labels` scans the tree per control; a fill uses an index. */
export type LabelsOf = (el: Element) => Element[];

interface Ctx {
  labels: LabelsOf;
  /** Cycle guard: nodes already on the current path. */
  visited: Set<Node>;
  /** Inside an aria-labelledby / aria-describedby traversal: no second hop (2B). */
  inLabelledBy: boolean;
  /** Reached directly through an IDREF: counted even when hidden (2A). */
  referenced: boolean;
  /** Text pieces in reading order, one per text node or attribute that contributed. */
  pieces: string[];
}

/** Roles whose name may come from their content (ARIA 1.2 "Name From: contents"). */
const NAME_FROM_CONTENT =
  /^(button|cell|checkbox|columnheader|gridcell|heading|link|menuitem\w*|option|radio|row|rowheader|switch|tab|tooltip|treeitem)$/;

/** Implicit roles of the tags a form shows (HTML-AAM). */
const IMPLICIT: Record<string, string> = {
  textarea: 'textbox',
  select: 'combobox',
  button: 'button',
  summary: 'button',
  option: 'option',
  td: 'cell',
  th: 'columnheader',
  img: 'img',
  fieldset: 'group',
};

/** The element's role: its `role` attribute's first token, or the implicit role of its tag. */
export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = el.localName;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return type;
    if (/^(button|submit|reset|image)$/.test(type)) return 'button';
    return /^(|text|email|url|search|tel|password|number)$/.test(type) ? 'textbox' : '';
  }
  if (tag === 'a') return el.hasAttribute('href') ? 'link' : '';
  return /^h[1-6]$/.test(tag) ? 'heading' : (IMPLICIT[tag] ?? '');
}

/** `<label>` elements of a labelable control (`for` in the same tree, or wrapping it): the browser's own list. */
export function labelsOf(el: Element): Element[] {
  return Array.from((el as HTMLInputElement).labels ?? []);
}

/** Hidden by its own markup; a hidden subtree is skipped at its top as the recursion reaches it. */
function isHiddenSelf(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden')
  );
}

function idrefs(el: Element, attribute: string): Element[] {
  const value = el.getAttribute(attribute);
  if (!value) return [];
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => byIdNear(el, id))
    .filter((x): x is Element => x !== null);
}

/** 2C: a text box contributes its value, a select its chosen options. */
function embeddedValue(el: Element): string | null {
  if (el.localName === 'select') {
    return Array.from((el as HTMLSelectElement).selectedOptions ?? [], (o) => o.textContent ?? '').join(' ');
  }
  return roleOf(el) === 'textbox' && /^(input|textarea)$/.test(el.localName) ? (el as HTMLInputElement).value : null;
}

function nativeName(el: Element, ctx: Ctx, isRoot: boolean): string {
  const tag = el.localName;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'input' && /^(button|submit|reset)$/.test(type)) {
    return piece(ctx, el.getAttribute('value') ?? (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : ''));
  }
  if (tag === 'img' || (tag === 'input' && type === 'image')) return piece(ctx, el.getAttribute('alt') ?? '');
  if (tag === 'fieldset') {
    const legend = Array.from(el.children).find((c) => c.localName === 'legend');
    if (legend) return compute(legend, ctx, false);
  }
  return isRoot
    ? ctx
        .labels(el)
        .map((label) => compute(label, ctx, false))
        .join(' ')
    : '';
}

function piece(ctx: Ctx, text: string): string {
  if (text.trim()) ctx.pieces.push(text);
  return text;
}

/** 2F: the text of the children, in the flattened tree, block elements set apart by spaces. */
function contentText(el: Element, ctx: Ctx): string {
  let out = '';
  for (const child of flatChildren(el)) {
    if (child.nodeType === 3) out += piece(ctx, child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const text = compute(child as Element, ctx, false);
      out += isBlockTag(child as Element) ? ` ${text} ` : text;
    }
  }
  return out;
}

/** The text alternative of `el` (the spec's "compute the text alternative of the current node"). */
function compute(el: Element, ctx: Ctx, isRoot: boolean): string {
  if (ctx.visited.has(el)) return '';
  ctx.visited.add(el);
  if (isUnreadTag(el)) return '';
  const referenced = ctx.referenced;
  ctx.referenced = false;
  const mark = ctx.pieces.length;
  const fail = () => {
    ctx.pieces.length = mark;
    return '';
  };

  // 2A: a hidden part of the name (not the element named, nor one reached through an IDREF).
  if (!isRoot && !referenced && isHiddenSelf(el)) return '';

  // 2B: aria-labelledby, one hop only.
  if (!ctx.inLabelledBy) {
    const targets = idrefs(el, 'aria-labelledby');
    if (targets.length) {
      const text = targets
        .map((t) => compute(t, { ...ctx, visited: new Set(), inLabelledBy: true, referenced: true }, true))
        .join(' ');
      if (normText(text)) return text;
      fail();
    }
  }

  // 2C: a control inside a label (or referenced by one) contributes its value.
  if (!isRoot || referenced) {
    const value = embeddedValue(el);
    if (value !== null) return piece(ctx, value);
  }

  // 2D: aria-label, when not empty.
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel && ariaLabel.trim()) return piece(ctx, ariaLabel);

  // 2E: the host language's own labels.
  const native = nativeName(el, ctx, isRoot && !referenced);
  if (normText(native)) return native;
  fail();

  // 2F: content, for roles that take it, anything reached by recursion or IDREF.
  if (!isRoot || referenced || NAME_FROM_CONTENT.test(roleOf(el))) {
    const text = contentText(el, ctx);
    if (normText(text)) return text;
    fail();
  }

  // 2I: the tooltip; then a text box's placeholder (HTML-AAM).
  const title = el.getAttribute('title');
  if (title && title.trim()) return piece(ctx, title);
  if (isRoot && roleOf(el) === 'textbox') {
    const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder');
    if (placeholder && placeholder.trim()) return piece(ctx, placeholder);
  }
  return '';
}

/** The accessible name, whitespace folded. */
export function accessibleName(el: Element): string {
  return accessibleNameParts(el).name;
}

/**
 * The accessible name and the pieces it was made of (each text node or attribute, in reading
 * order, trimmed). Pieces tell `<span>spark:all</span><span>Full access</span>` (two pieces,
 * though inline tags join them without a space) from one run of text.
 */
export function accessibleNameParts(el: Element, labels: LabelsOf = labelsOf): { name: string; pieces: string[] } {
  // 2A: a control hidden from assistive technology has no name (Radix's hidden form twin).
  if (el.closest('[aria-hidden=true]')) return { name: '', pieces: [] };
  // Fast path, the common case: no ARIA naming, one label holding only text.
  if (!el.hasAttribute('aria-labelledby') && !el.hasAttribute('aria-label')) {
    const found = labels(el);
    const label = found.length === 1 ? found[0]! : null;
    if (label && label.childElementCount === 0 && !label.hasAttribute('aria-labelledby') && !isHiddenSelf(label)) {
      const name = normText(label.textContent);
      if (name && !label.hasAttribute('aria-label')) return { name, pieces: [name] };
    }
  }
  const pieces: string[] = [];
  const name = normText(
    compute(el, { labels, visited: new Set(), inLabelledBy: false, referenced: false, pieces }, true),
  );
  return { name, pieces: pieces.map(normText).filter(Boolean) };
}

/** The accessible description: aria-describedby, aria-description, then a title not used as the name. */
export function accessibleDescription(el: Element): string {
  const targets = idrefs(el, 'aria-describedby');
  if (targets.length) {
    const text = normText(
      targets
        .map((t) =>
          compute(t, { labels: labelsOf, visited: new Set(), inLabelledBy: true, referenced: true, pieces: [] }, true),
        )
        .join(' '),
    );
    if (text) return text;
  }
  const description = normText(el.getAttribute('aria-description'));
  if (description) return description;
  const title = normText(el.getAttribute('title'));
  return title && title !== accessibleName(el) ? title : '';
}
