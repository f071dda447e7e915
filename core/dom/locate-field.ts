/**
 * Finds a form control by the meaning of its label, the way a person reads the form:
 * `<label for>`, a label wrapping the control, `aria-labelledby` / `aria-label`, or the
 * section the label heads. Never by a guessed id.
 */
import { byIdNear, deepQueryAll, deepText, firstVisible, labelKey, parentAcrossShadow } from './deep';
import { buildTextIndex, type TextIndex } from './text-index';

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

/**
 * Keeps the innermost of nested hits (`<div><label>Name*</label></div>` → the label). Hits are in
 * document order, where an element's descendants follow it contiguously: the next hit decides.
 */
export function innermost<T>(hits: T[], elementOf: (hit: T) => Element): T[] {
  return hits.filter((hit, i) => {
    const next = hits[i + 1];
    return !(next && elementOf(hit).contains(elementOf(next)));
  });
}

/** An entry's label key, computed once per index (labels are looked up for every field). */
function keyOf(entry: TextIndex['entries'][number]): string {
  entry.key ??= labelKey(entry.text);
  return entry.key;
}

/** Innermost elements whose whole text is one of `labels` (compared by `labelKey`). */
/** A text index, or a way to get one only if it is needed (where XPath is not available). */
export type TextsSource = TextIndex | (() => TextIndex);
const resolveTexts = (root: ParentNode, texts?: TextsSource) =>
  typeof texts === 'function' ? texts() : (texts ?? buildTextIndex(root));

export function findLabelElements(root: ParentNode, labels: readonly string[], index?: TextsSource): Element[] {
  const wanted = new Set(labels.map(labelKey));
  const hits = resolveTexts(root, index)
    .entries.filter((e) => e.el.isConnected !== false && e.el.localName !== 'option' && wanted.has(keyOf(e)))
    .map((e) => e.el);
  return innermost(hits, (el) => el);
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
    const control = firstVisible(deepQueryAll(ancestor, selector));
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
export function locateField(
  root: ParentNode,
  labels: readonly string[],
  kind: ControlKind,
  index?: TextsSource,
): LocatedField | null {
  const selector = CONTROL_SELECTORS[kind];
  for (const label of findLabelElements(root, labels, index)) {
    const found = associatedControl(label, selector);
    if (found) return { label, ...found };
  }
  const wanted = new Set(labels.map(labelKey));
  const byAria = deepQueryAll(root, selector).find((el) => wanted.has(labelKey(el.getAttribute('aria-label'))));
  return byAria ? { label: byAria, control: byAria, section: parentAcrossShadow(byAria) ?? byAria } : null;
}

/** Buttons (or links acting as buttons) under `root` whose text or aria-label is one of `texts`. */
export function findButtons(root: ParentNode, texts: readonly string[], index?: TextsSource): HTMLElement[] {
  const wanted = new Set(texts.map(labelKey));
  return resolveTexts(root, index)
    .entries.filter((e) => e.el.matches('button, [role=button], a'))
    .filter((e) => wanted.has(keyOf(e)) || wanted.has(labelKey(e.el.getAttribute('aria-label'))))
    .map((e) => e.el as HTMLElement);
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
