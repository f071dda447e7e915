/**
 * Reads the credentials from the portal's result view ("Congratulations! 🎉"), by label and
 * checked against the known value formats. Returns null when this is not a result view.
 */
import { deepQueryAll, deepText, normText, parentAcrossShadow } from '../dom/deep';
import { findLabelElements } from '../dom/locate-field';
import { RESULT_PAGE } from '../portal/knowledge';

export interface ResultCredentials {
  integrationName: string;
  clientId: string;
  clientSecret: string | null;
  integrationId: string | null;
  oauthUrl: string | null;
}

type Key = keyof typeof RESULT_PAGE.labels;

/** Candidate values near a label: inputs' values and short texts that follow it, nearest first. */
function valuesNear(label: Element): string[] {
  const out: string[] = [];
  let ancestor: Element | null = label;
  for (let i = 0; ancestor && i < 3 && out.length === 0; i++, ancestor = parentAcrossShadow(ancestor)) {
    let sibling = ancestor.nextElementSibling;
    for (let j = 0; sibling && j < 3; j++, sibling = sibling.nextElementSibling) {
      for (const input of deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(sibling, 'input, textarea')) {
        out.push(input.value);
      }
      if (sibling.matches('input, textarea')) out.push((sibling as HTMLInputElement).value);
      // Leaf elements only: a container's text runs its value into a "Copy" button's label.
      for (const el of [sibling, ...deepQueryAll(sibling, '*')].filter((e) => e.children.length === 0)) {
        const text = deepText(el);
        if (text && !/\s/.test(text)) out.push(text);
      }
    }
  }
  return out.map(normText).filter(Boolean);
}

function readValue(root: ParentNode, key: Key): string | null {
  const pattern = RESULT_PAGE.patterns[key];
  for (const label of findLabelElements(root, RESULT_PAGE.labels[key])) {
    const value = valuesNear(label).find((v) => pattern.test(v));
    if (value) return value;
  }
  return null;
}

/** base64 of `ciscospark://us/APPLICATION/<clientId>`, padding removed: the portal's Integration ID. */
export function integrationIdFor(clientId: string): string {
  return btoa(`ciscospark://us/APPLICATION/${clientId}`).replace(/=+$/, '');
}

export function readCredentials(root: ParentNode): ResultCredentials | null {
  const headings = deepQueryAll(root, 'h1, h2, h3, [role=heading]');
  const congrats = headings.findIndex((h) => RESULT_PAGE.heading.test(deepText(h)));
  if (congrats < 0) return null;
  const clientId = readValue(root, 'clientId');
  if (!clientId) return null;
  const after = headings
    .slice(congrats + 1)
    .map(deepText)
    .filter(Boolean);
  return {
    integrationName: after[0] ?? '',
    clientId,
    clientSecret: readValue(root, 'clientSecret'),
    integrationId: readValue(root, 'integrationId'),
    oauthUrl: readValue(root, 'oauthUrl'),
  };
}
