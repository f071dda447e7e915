/**
 * "Copy page outline": the structure of the portal's form region as a small, self-contained
 * HTML document that a user can attach to a bug report, and that becomes a regression test in
 * one step (tests/portal-outlines/). Built from the live DOM by walking it, never through
 * innerHTML and without running anything of the page's.
 *
 * Kept: tag names; role and every aria-*; id, for, name, type, placeholder, title, alt;
 * disabled, checked (the live state), readonly, required, hidden, maxlength; the first two class
 * tokens; every text (labels, headings, buttons, options, scope names and descriptions). Open
 * shadow roots come out as `<template shadowrootmode="open">`.
 * Dropped: input and textarea values; style; event handlers and every other attribute (data-*
 * included); scripts, styles, iframes, objects. href and src become a placeholder. Anything
 * shaped like an email address, a Client ID, a secret, an Integration ID or a token, in text or in
 * a kept attribute, becomes a placeholder of the same shape. Only the form region is taken, so
 * the page header (where the signed-in user is shown) never is.
 */
import { isUnreadTag, normText } from '../dom/deep';
import { RESULT_PAGE } from '../portal/knowledge';
import { OUTLINE_MARK, type OutlineHeader } from './header';

export const OUTLINE_MAX_BYTES = 1_000_000;

const KEPT = new Set([
  'role',
  'id',
  'for',
  'name',
  'type',
  'placeholder',
  'title',
  'alt',
  'maxlength',
  'lang',
  'dir',
  'slot',
]);
const BOOLEAN = new Set(['disabled', 'readonly', 'required', 'hidden', 'open', 'multiple', 'selected', 'inert']);
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'noscript',
  'canvas',
  'video',
  'audio',
]);
/** Their children are drawings, not structure. */
const LEAF_TAGS = new Set(['svg', 'math']);

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const b64 = (s: string) => btoa(s).replace(/=+$/, '');

/** Same-shape placeholders for what may be private, in the order they are tried. */
const MASKS: Array<[RegExp, (m: string) => string]> = [
  [/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}/g, () => 'user@example.com'],
  // Tokens: <base64-ish>_<cluster>_<org uuid>.
  [
    /[A-Za-z0-9-]{20,}_[A-Z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (m) => `${'x'.repeat(m.length - 42)}_P0A1_${ZERO_UUID}`,
  ],
  // Integration IDs and other Webex ids: base64 of ciscospark://…
  [
    /Y2lzY29zcGFyazovL[A-Za-z0-9+/_=-]+/g,
    (m) => b64(`ciscospark://us/APPLICATION/${ZERO_UUID}`).padEnd(m.length, 'A').slice(0, Math.max(m.length, 20)),
  ],
  // Client IDs: C + 64 hex.
  [/\bC[0-9a-f]{64}\b/g, () => `C${'0'.repeat(64)}`],
  // Secrets and any other long run of hex or base64-like characters.
  [/\b[0-9a-f]{32,}\b/g, (m) => '0'.repeat(m.length)],
  [/[A-Za-z0-9+/_-]{40,}={0,2}/g, (m) => 'x'.repeat(m.length)],
];

/** One pass, so that a placeholder is never masked again by a later, wider pattern. */
const MASK_ALL = new RegExp(MASKS.map(([re]) => `(${re.source})`).join('|'), 'g');

export function maskPrivate(text: string): string {
  return text.replace(MASK_ALL, (match, ...groups: unknown[]) => {
    const index = groups.findIndex((g) => g !== undefined);
    return MASKS[index]![1](match);
  });
}

/** Page furniture that may show who is signed in: never taken, whatever the region. */
const FURNITURE =
  'header, nav, footer, aside, [role=banner], [role=navigation], [role=contentinfo], [role=complementary]';

/**
 * The form region: the form holding the most controls, else `main`. Without either, the body
 * with its page furniture (header, navigation, footer: where the signed-in user's name is) left
 * out: the whole body is never taken.
 */
export function outlineRegion(doc: Document): { region: Element; skip: (el: Element) => boolean } {
  let best: Element | null = null;
  let most = -1;
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    const controls = form.querySelectorAll('input, textarea, select, button, [role]').length;
    if (controls > most) [best, most] = [form, controls];
  }
  const region = best ?? doc.querySelector('main, [role=main]');
  if (region) return { region, skip: () => false };
  return { region: doc.body, skip: (el) => el.matches(FURNITURE) };
}

const URL_TEXT = /\bhttps?:\/\/[^\s"'<>]+/g;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading]';

/**
 * On the result page, what names the user's integration or points at their sites: the headings
 * (the integration's name) but the page's own "Congratulations", and every URL (the OAuth URL
 * holds the redirect URI).
 */
function maskResultText(text: string, parent: Element | null): string {
  const masked = text.replace(URL_TEXT, 'https://example.com/…');
  const heading = parent?.closest(HEADING);
  if (heading && !RESULT_PAGE.heading.test(normText(heading.textContent)) && normText(masked))
    return 'Integration name';
  return masked;
}

function copyAttributes(from: Element, to: Element, resultPage = false) {
  for (const attr of Array.from(from.attributes)) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('aria-') || KEPT.has(name))
      to.setAttribute(
        name,
        maskPrivate(resultPage ? attr.value.replace(URL_TEXT, 'https://example.com/…') : attr.value),
      );
    else if (BOOLEAN.has(name)) to.setAttribute(name, '');
    else if (name === 'class') {
      const tokens = attr.value.split(/\s+/).filter(Boolean).slice(0, 2);
      if (tokens.length) to.setAttribute('class', maskPrivate(tokens.join(' ')));
    } else if (name === 'href') to.setAttribute('href', '#');
    else if (name === 'src' || name === 'srcset') to.setAttribute('src', 'about:blank');
  }
  // The live state, not the markup's initial one.
  const input = from as HTMLInputElement;
  if (from.localName === 'input' && (input.type === 'checkbox' || input.type === 'radio')) {
    if (input.checked) to.setAttribute('checked', '');
    else to.removeAttribute('checked');
  }
  if (from.localName === 'option' && (from as HTMLOptionElement).selected) to.setAttribute('selected', '');
}

export interface Outline {
  html: string;
  bytes: number;
  cut: boolean;
}

export function buildOutline(doc: Document, header: Omit<OutlineHeader, 'cut'>, maxBytes = OUTLINE_MAX_BYTES): Outline {
  // The walk counts text and tags only; if attributes push it over, walk again with less.
  for (let budget = maxBytes - 2_000; ; budget = Math.floor(budget * 0.8)) {
    const outline = buildWithin(doc, header, maxBytes, budget);
    if (outline.bytes <= maxBytes || budget < 1_000) return outline;
  }
}

function buildWithin(
  doc: Document,
  header: Omit<OutlineHeader, 'cut'>,
  maxBytes: number,
  startBudget: number,
): Outline {
  const out = doc.implementation.createHTMLDocument('');
  let budget = startBudget;
  let cut = false as boolean; // set from inside the walk
  const spend = (n: number) => {
    budget -= n;
    if (budget < 0) cut = true;
    return !cut;
  };

  const { region, skip } = outlineRegion(doc);
  const resultPage = header.page === 'result';
  const copyChildren = (from: Node, to: Node) => {
    // An open shadow root first, as declarative shadow DOM; then the light children (slotted content).
    const shadow = from.nodeType === 1 ? (from as Element).shadowRoot : null;
    if (shadow && spend(40)) {
      const template = out.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      copyChildren(shadow, template.content);
      to.appendChild(template);
    }
    for (const child of Array.from(from.childNodes)) {
      if (cut) return;
      if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').replace(/\s+/g, ' ');
        if (!text) continue;
        const masked = maskPrivate(resultPage ? maskResultText(text, child.parentElement) : text);
        if (spend(masked.length)) to.appendChild(out.createTextNode(masked));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      // Page templates are inert, not part of what is shown; open shadow roots are copied above.
      if (DROPPED_TAGS.has(tag) || isUnreadTag(el) || skip(el)) continue;
      if (!spend(tag.length * 2 + 5)) return;
      const copy = out.createElement(/^[a-z][a-z0-9-]*$/.test(tag) ? tag : 'div');
      copyAttributes(el, copy, resultPage);
      if (tag === 'textarea') {
        to.appendChild(copy); // its text is its value: dropped
        continue;
      }
      if (!LEAF_TAGS.has(tag)) copyChildren(el, copy);
      to.appendChild(copy);
    }
  };

  const root = out.createElement(region.localName === 'body' ? 'div' : region.localName);
  copyAttributes(region, root, resultPage);
  copyChildren(region, root);
  out.body.appendChild(root);

  const head: OutlineHeader = { ...header, ...(cut && { cut: true }) };
  const comment = `<!-- ${OUTLINE_MARK} ${JSON.stringify(head).replace(/--/g, '\\u002d\\u002d')} -->`;
  const note = cut ? `\n<!-- cut: the page region was larger than ${maxBytes} bytes; the rest is missing -->` : '';
  // Reading, not inserting: serializes the tree built above from element and text nodes.
  // eslint-disable-next-line no-restricted-syntax
  const body = out.body.outerHTML;
  const html = `${comment}\n<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Portal outline</title></head>\n${body}${note}\n</html>\n`;
  return { html, bytes: new TextEncoder().encode(html).length, cut };
}
