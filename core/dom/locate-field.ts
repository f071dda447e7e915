/**
 * Finds a form control by the meaning of its label, the way a person reads the form:
 * `<label for>`, a label wrapping the control, `aria-labelledby` / `aria-label`, or the
 * section the label heads. Never by a guessed id.
 */
import { byIdNear, deepElements, deepQueryAll, deepText, isVisible, labelKey, parentAcrossShadow } from './deep';

export const CONTROL_SELECTORS = {
  text: 'input:not([type]), input[type=text], input[type=email], input[type=url], textarea',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  file: 'input[type=file]',
} as const;
export type ControlKind = keyof typeof CONTROL_SELECTORS;

export interface LocatedField {
  /** The element whose text is the label. */
  label: Element;
  /** The first control of the wanted kind it labels. */
  control: Element;
  /** The smallest ancestor of the label that holds that control: the field's "section". */
  section: Element;
}

const MAX_CLIMB = 5;
/** No label is longer; skipping longer texts keeps the scan cheap on a 150-row page. */
const MAX_LABEL_LENGTH = 200;

/** Innermost elements whose whole text is one of `labels` (compared by `labelKey`). */
export function findLabelElements(root: ParentNode, labels: readonly string[]): Element[] {
  const wanted = new Set(labels.map(labelKey));
  const hits = deepElements(root).filter(
    (el) =>
      (el.textContent?.length ?? 0) <= MAX_LABEL_LENGTH &&
      !el.matches('script, style, option') &&
      wanted.has(labelKey(deepText(el))),
  );
  // Keep the innermost: drop a hit that contains another hit (e.g. <div><label>Name*</label></div>).
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}

function associatedControl(label: Element, selector: string): { control: Element; section: Element } | null {
  if (label instanceof HTMLLabelElement || label.localName === 'label') {
    const forId = label.getAttribute('for');
    const byFor = forId ? byIdNear(label, forId) : null;
    if (byFor?.matches(selector)) return { control: byFor, section: sectionOf(label, byFor) };
    const inside = deepQueryAll(label, selector)[0];
    if (inside) return { control: inside, section: sectionOf(label, inside) };
  }
  if (label.id) {
    const root = label.getRootNode() as ParentNode;
    const labelled = deepQueryAll(root, selector).find((el) =>
      (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(label.id),
    );
    if (labelled) return { control: labelled, section: sectionOf(label, labelled) };
  }
  let ancestor = parentAcrossShadow(label);
  for (let i = 0; ancestor && i < MAX_CLIMB; i++, ancestor = parentAcrossShadow(ancestor)) {
    const control = deepQueryAll(ancestor, selector).find(isVisible);
    if (control) return { control, section: ancestor };
  }
  return null;
}

/** The smallest common ancestor of a label and its control. */
function sectionOf(label: Element, control: Element): Element {
  let ancestor: Element | null = label;
  while (ancestor && !ancestor.contains(control)) ancestor = parentAcrossShadow(ancestor);
  return ancestor ?? label;
}

/** Finds the control labelled by any of `labels`, or null when the form has no such field. */
export function locateField(root: ParentNode, labels: readonly string[], kind: ControlKind): LocatedField | null {
  const selector = CONTROL_SELECTORS[kind];
  for (const label of findLabelElements(root, labels)) {
    const found = associatedControl(label, selector);
    if (found) return { label, ...found };
  }
  const wanted = new Set(labels.map(labelKey));
  const byAria = deepQueryAll(root, selector).find((el) => wanted.has(labelKey(el.getAttribute('aria-label'))));
  return byAria ? { label: byAria, control: byAria, section: parentAcrossShadow(byAria) ?? byAria } : null;
}

/** Buttons (or links acting as buttons) under `root` whose text or aria-label is one of `texts`. */
export function findButtons(root: ParentNode, texts: readonly string[]): HTMLElement[] {
  const wanted = new Set(texts.map(labelKey));
  return deepQueryAll<HTMLElement>(root, 'button, [role=button], a').filter(
    (el) => wanted.has(labelKey(deepText(el))) || wanted.has(labelKey(el.getAttribute('aria-label'))),
  );
}

/** The accessible name of a choice control (radio/checkbox): its label text or aria-label. */
export function choiceName(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => byIdNear(control, id))
      .map((el) => (el ? deepText(el) : ''))
      .join(' ');
  }
  if (control.id) {
    const root = control.getRootNode() as ParentNode;
    const forLabel = Array.from(root.querySelectorAll('label')).find((l) => l.htmlFor === control.id);
    if (forLabel) return deepText(forLabel);
  }
  const wrapping = control.closest('label');
  if (wrapping) return deepText(wrapping);
  return deepText(control);
}
