/**
 * Finds a form control by the meaning of its label, the way a person (or a screen reader) reads
 * the form. First by the control's accessible name (`<label for>`, a wrapping label,
 * `aria-labelledby`, `aria-label`; a radio by its group's name), then, for a control with no
 * name of its own, by the nearest text before it: the label laid out as the heading of its row.
 * Never by a guessed id.
 */
import { labelsOf } from './accessible-name';
import {
  byIdNear,
  containsDeep,
  deepText,
  isHiddenByMarkup,
  labelKey,
  normText,
  parentAcrossShadow,
  textRuns,
} from './deep';
import { toFinder, type Where } from './finder';

export const CONTROL_SELECTORS = {
  text: 'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search], input[type=tel], textarea',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox], [role=switch]',
  /** What a scope can be ticked with: a checkbox, a switch, or an option of a multi-select list. */
  scopeChoice:
    'input[type=checkbox], [role=checkbox], [role=switch], [role=listbox][aria-multiselectable=true] [role=option]',
  file: 'input[type=file]',
  /** A native drop-down. */
  select: 'select',
  /** Where a value can be typed, secrets included: the hand-off's kind. Never contenteditable. */
  entry:
    'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search], input[type=tel], input[type=password], textarea',
} as const;
export type ControlKind = keyof typeof CONTROL_SELECTORS;

export const BUTTON_SELECTOR = 'button, [role=button], a[href], input[type=button], input[type=submit]';

export interface LocatedField {
  /** The element whose text names the control (the control itself when named by aria-label). */
  label: Element;
  /** The first control of the wanted kind it labels. */
  control: Element;
  /** The smallest ancestor holding the label and the control: the field's "section". */
  section: Element;
}

/** How many runs of text before a control may stand between it and its label (label, help text…). */
const RUNS_BEFORE = 3;
const MAX_CLIMB = 6;

/** The smallest common ancestor of two elements, across shadow roots. */
export function commonAncestor(a: Element, b: Element): Element {
  for (let at: Element | null = a; at; at = parentAcrossShadow(at)) if (containsDeep(at, b)) return at;
  return a;
}

/** The element that names a control, for reporting and for its section. */
export function namingElement(control: Element): Element {
  const labelledBy = control.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  const byRef = labelledBy ? byIdNear(control, labelledBy) : null;
  return byRef ?? labelsOf(control)[0] ?? control;
}

/** A radio's question: the name of its radiogroup or fieldset. */
function groupOf(radio: Element): Element | null {
  return radio.closest('[role=radiogroup], fieldset');
}

/** True when the control is named by a label or ARIA, not only by its placeholder or title. */
export function hasOwnLabel(control: Element, name: string): boolean {
  if (!name) return false;
  return name !== normText(control.getAttribute('placeholder')) && name !== normText(control.getAttribute('title'));
}

/**
 * The nearest runs of text before `control` (climbing out of its wrappers), nearest first, and
 * the first of them that is one of `wanted`. Only the few nearest count: a label is followed by
 * at most a line or two of help text before its control.
 */
export function labelBefore(
  control: Element,
  wanted: { has(key: string): boolean },
  runsBefore = RUNS_BEFORE,
): Element | null {
  let seen = 0;
  let node: Element = control;
  for (let level = 0; level < MAX_CLIMB && seen < runsBefore; level++) {
    for (let sibling = node.previousSibling; sibling && seen < runsBefore; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 3) {
        const text = normText(sibling.nodeValue);
        if (!text) continue;
        seen++;
        if (wanted.has(labelKey(text))) return parentAcrossShadow(node) ?? node;
        continue;
      }
      if (sibling.nodeType !== 1) continue;
      const runs = textRuns(sibling as Element);
      for (let i = runs.length - 1; i >= 0 && seen < runsBefore; i--) {
        seen++;
        if (wanted.has(labelKey(runs[i]!.text))) return runs[i]!.el;
      }
    }
    const parent = parentAcrossShadow(node);
    if (!parent) break;
    node = parent;
  }
  return null;
}

/** A set of label keys that also accepts each label followed by a number ("Redirect URI 2"). */
function numberedKeys(keys: Set<string>): { has(key: string): boolean } {
  return { has: (key) => keys.has(key) || keys.has(key.replace(/\s*#?\d+$/, '')) };
}

/**
 * Finds the control labelled by any of `labels`, or null when the form has no such field.
 * With `numbered`, a label followed by a number is the same field (the first such control).
 */
export function locateField(
  where: Where,
  labels: readonly string[],
  kind: ControlKind,
  { numbered = false }: { numbered?: boolean } = {},
): LocatedField | null {
  const finder = toFinder(where);
  const keys = new Set(labels.map(labelKey));
  const wanted = numbered ? numberedKeys(keys) : keys;
  const candidates = finder.all(CONTROL_SELECTORS[kind]).filter((c) => !isHiddenByMarkup(c));
  const unnamed: Element[] = [];
  for (const control of candidates) {
    const group = kind === 'radio' ? groupOf(control) : null;
    const name = finder.name(group ?? control);
    if (wanted.has(labelKey(name))) {
      const label = namingElement(group ?? control);
      const section = group ?? (label === control ? parentAcrossShadow(control) : commonAncestor(label, control));
      return { label, control, section: section ?? control };
    }
    // A radio's own name is its answer ("No"), never the question: it may still be headed by one.
    if (kind === 'radio' || !hasOwnLabel(control, name)) unnamed.push(control);
  }
  for (const control of unnamed) {
    const label = labelBefore(control, wanted);
    if (label) return { label, control, section: commonAncestor(label, control) };
  }
  return null;
}

/** Buttons (or links acting as buttons) under `root` whose accessible name or visible text is one of `texts`. */
export function findButtons(where: Where, texts: readonly string[]): HTMLElement[] {
  const finder = toFinder(where);
  const wanted = new Set(texts.map(labelKey));
  return finder
    .all<HTMLElement>(BUTTON_SELECTOR)
    .filter((b) => wanted.has(labelKey(finder.name(b))) || wanted.has(labelKey(deepText(b))));
}
