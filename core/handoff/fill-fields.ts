/**
 * Fills a vendor's page with the hand-off's values, by the fields' labels, as the portal fill
 * finds its fields (accessible names), but stricter, because secrets are at stake:
 * - a field counts only if its own name is one of the labels, or, for a field with no name of
 *   its own, if the text right before it is; never the second-nearest text, never a substring;
 * - two fields labelled alike are reported ("ambiguous"), never guessed between;
 * - only inputs and text areas, through the native value setter plus input/change events:
 *   never contenteditable, never innerHTML, never a navigation, never a submit.
 * A dry run reports what would be filled without touching anything (and needs no values).
 */
import { isDisabled, setText } from '../dom/set-value';
import { isHiddenByMarkup, labelKey } from '../dom/deep';
import { toFinder, type Where } from '../dom/finder';
import { CONTROL_SELECTORS, hasOwnLabel, labelBefore } from '../dom/locate-field';

export type FieldOutcome = 'found' | 'filled' | 'already' | 'not-found' | 'ambiguous' | 'read-only' | 'failed';

export interface FieldOrder {
  label: string;
  labels: string[];
  /** Absent in a dry run. */
  value?: string;
}

export interface FieldReport {
  label: string;
  outcome: FieldOutcome;
  /** What the page calls the field that was used (or the candidates), for the report. */
  detail?: string;
}

/** Every visible entry field the labels name (strictly), in page order. */
export function fieldsLabelled(where: Where, labels: readonly string[]): Element[] {
  const finder = toFinder(where);
  const wanted = new Set(labels.map(labelKey));
  const found: Element[] = [];
  for (const control of finder.all(CONTROL_SELECTORS.entry)) {
    if (isHiddenByMarkup(control)) continue;
    const name = finder.name(control);
    if (wanted.has(labelKey(name))) found.push(control);
    else if (!hasOwnLabel(control, name) && labelBefore(control, wanted, 1)) found.push(control);
  }
  return found;
}

const isReadOnly = (el: Element) =>
  isDisabled(el) || el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true';

export function fillFields(
  where: Where,
  orders: readonly FieldOrder[],
  { dryRun }: { dryRun: boolean },
): FieldReport[] {
  const finder = toFinder(where);
  const claimed = new Set<Element>();
  return orders.map((order): FieldReport => {
    const candidates = fieldsLabelled(finder, order.labels);
    if (candidates.length === 0) return { label: order.label, outcome: 'not-found' };
    if (candidates.length > 1)
      return { label: order.label, outcome: 'ambiguous', detail: `${candidates.length} fields are labelled like this` };
    const field = candidates[0]!;
    if (claimed.has(field))
      return { label: order.label, outcome: 'ambiguous', detail: 'the same field matches another label' };
    claimed.add(field);
    const detail = finder.name(field) || undefined;
    const report = (outcome: FieldOutcome): FieldReport => ({ label: order.label, outcome, ...(detail && { detail }) });
    if (isReadOnly(field)) return report('read-only');
    if (dryRun || order.value === undefined) return report('found');
    const result = setText(field, order.value);
    return report(result === 'changed' ? 'filled' : result === 'unchanged' ? 'already' : 'failed');
  });
}
