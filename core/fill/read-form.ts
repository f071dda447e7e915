/**
 * "Make a preset from this page": what an integration's form holds now (an existing
 * integration's page, or a filled new form): its name, description, redirect URIs and ticked
 * scopes, found by the same locators as the fill. Reads only; secrets are never on this form.
 */
import type { Where } from '../dom/finder';
import { locateField } from '../dom/locate-field';
import { indexScopeRows } from '../dom/locate-scopes';
import { isChecked } from '../dom/set-value';
import { waitFor } from '../dom/wait';
import { FIELD_LABELS, TIMING } from '../portal/knowledge';
import { readRedirectUris } from './fill-redirect-uris';

export interface FormSnapshot {
  name: string;
  description: string;
  redirectUris: string[];
  scopes: string[];
}

const valueOf = (el: Element | undefined) => (el as HTMLInputElement | undefined)?.value?.trim() ?? '';

export function readForm(where: Where): FormSnapshot {
  const { byScope } = indexScopeRows(where);
  return {
    name: valueOf(locateField(where, FIELD_LABELS.name, 'text')?.control),
    description: valueOf(locateField(where, FIELD_LABELS.description, 'text')?.control),
    redirectUris: readRedirectUris(where),
    scopes: [...byScope.values()]
      .filter((row) => isChecked(row.control))
      .map((row) => row.scope)
      .sort(),
  };
}

/** As readForm, once the scope list is there (a page still rendering is waited for, as by the fill). */
export async function readFormWhenReady(doc: Document, signal?: AbortSignal): Promise<FormSnapshot> {
  await waitFor(doc, () => indexScopeRows(doc).byScope.size > 0, {
    timeoutMs: TIMING.waitTimeoutMs,
    settleMs: TIMING.noFormSettleMs,
    ...(signal && { signal }),
  });
  return readForm(doc);
}
