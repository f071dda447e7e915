/**
 * Reads the credentials from the portal's result view ("Congratulations! 🎉") by the same
 * relations as the form: a read-only input named by its label (wrapped, `for`,
 * `aria-labelledby`, `aria-label`), else the first value-shaped text or input after the label in
 * reading order (`<dt>`/`<dd>`, a table row, a heading and a `<code>`, a value inside the label).
 * Every value must match its known format. Returns null when this is not a result view.
 */
import { accessibleName } from '../dom/accessible-name';
import { deepQueryAll, deepText, flatChildren, isUnreadTag, labelKey, normText } from '../dom/deep';
import { RESULT_PAGE } from '../portal/knowledge';

export interface ResultCredentials {
  integrationName: string;
  clientId: string;
  clientSecret: string | null;
  integrationId: string | null;
  oauthUrl: string | null;
}

type Key = keyof typeof RESULT_PAGE.labels;
const KEYS = Object.keys(RESULT_PAGE.labels) as Key[];

/** A text node's text or a control's value, in reading order. */
interface Piece {
  text: string;
  isValue: boolean;
}

/** How many pieces after its label a value may come (a copy button, a "shown once" note…). */
const LOOK_AHEAD = 8;

function pieces(root: Node): Piece[] {
  const out: Piece[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = normText(node.nodeValue);
      if (text) out.push({ text, isValue: false });
      return;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isUnreadTag(el) || el.hasAttribute('hidden')) return;
      if (el.localName === 'input' || el.localName === 'textarea') {
        const value = normText((el as HTMLInputElement).value);
        if (value) out.push({ text: value, isValue: true });
        return;
      }
    }
    for (const child of flatChildren(node)) walk(child);
  };
  walk(root);
  return out;
}

const labelKeys = Object.fromEntries(KEYS.map((k) => [k, new Set(RESULT_PAGE.labels[k].map(labelKey))])) as Record<
  Key,
  Set<string>
>;
const isAnyLabel = (text: string) => KEYS.some((k) => labelKeys[k].has(labelKey(text)));

/** A read-only field named by the label: the accessibility tree's own relation. */
function fromNamedInput(root: ParentNode, key: Key): string | null {
  for (const input of deepQueryAll<HTMLInputElement>(root, 'input, textarea')) {
    if (!labelKeys[key].has(labelKey(accessibleName(input)))) continue;
    const value = normText(input.value);
    if (RESULT_PAGE.patterns[key].test(value)) return value;
  }
  return null;
}

/** The first value-shaped piece after the label, before the next credential's label. */
function fromPiecesAfterLabel(all: Piece[], key: Key): string | null {
  const pattern = RESULT_PAGE.patterns[key];
  for (let i = 0; i < all.length; i++) {
    const { text, isValue } = all[i]!;
    if (isValue) continue;
    // "Client ID: C0123…" in one line of text.
    for (const label of RESULT_PAGE.labels[key]) {
      if (text.toLowerCase().startsWith(`${label.toLowerCase()}:`)) {
        const rest = normText(text.slice(label.length + 1));
        if (pattern.test(rest)) return rest;
      }
    }
    if (!labelKeys[key].has(labelKey(text))) continue;
    for (let j = i + 1; j < all.length && j <= i + LOOK_AHEAD; j++) {
      const next = all[j]!;
      if (!next.isValue && isAnyLabel(next.text)) break;
      if (pattern.test(next.text)) return next.text;
    }
  }
  return null;
}

/** base64 of `ciscospark://us/APPLICATION/<clientId>`, padding removed: the portal's Integration ID. */
export function integrationIdFor(clientId: string): string {
  return btoa(`ciscospark://us/APPLICATION/${clientId}`).replace(/=+$/, '');
}

const HEADINGS = 'h1, h2, h3, [role=heading]';

/** The result view's heading is on the page (its values may still be on their way). */
export function hasResultHeading(root: ParentNode): boolean {
  return deepQueryAll(root, HEADINGS).some((h) => RESULT_PAGE.heading.test(deepText(h)));
}

export function readCredentials(root: ParentNode): ResultCredentials | null {
  const headings = deepQueryAll(root, HEADINGS);
  const congrats = headings.findIndex((h) => RESULT_PAGE.heading.test(deepText(h)));
  if (congrats < 0) return null;
  const all = pieces(root as Node);
  const read = (key: Key) => fromNamedInput(root, key) ?? fromPiecesAfterLabel(all, key);
  const clientId = read('clientId');
  if (!clientId) return null;
  const after = headings
    .slice(congrats + 1)
    .map(deepText)
    .filter(Boolean);
  return {
    integrationName: after[0] ?? '',
    clientId,
    clientSecret: read('clientSecret'),
    integrationId: read('integrationId'),
    oauthUrl: read('oauthUrl'),
  };
}
