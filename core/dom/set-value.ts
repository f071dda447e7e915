/**
 * Changes controls the way a user would, so the page's framework sees the change:
 * text through the native value setter plus bubbling input/change events (a framework's own
 * value tracker ignores `el.value = x`), choices by click() only when their state differs.
 */

import { SELECTED_STATES } from '../portal/knowledge';
import { waitFor } from './wait';

export type SetResult = 'changed' | 'unchanged' | 'failed';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function isTextControl(el: Element): el is TextControl {
  return el.localName === 'textarea' || el.localName === 'input';
}

function nativeValueSetter(el: TextControl): ((v: string) => void) | undefined {
  const view = el.ownerDocument.defaultView;
  const proto = el.localName === 'textarea' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  return proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
}

/** Writes `value` as typed input. Reads it back: 'failed' if the page did not keep it. */
export function setText(el: Element, value: string): SetResult {
  if (!isTextControl(el)) return 'failed';
  if (el.value === value) return 'unchanged';
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value === value ? 'changed' : 'failed';
}

/** The text of a drop-down's chosen option (what the user sees chosen). */
export function chosenOptionText(select: HTMLSelectElement): string {
  return select.options[select.selectedIndex]?.text ?? '';
}

/**
 * Chooses the option of a native `<select>` whose text `matches`, as a user's choice: the
 * native value setter plus input/change events. Read back from the option the page shows chosen.
 */
export function selectOption(el: Element, matches: (text: string) => boolean): SetResult {
  if (el.localName !== 'select') return 'failed';
  const select = el as HTMLSelectElement;
  const option = Array.from(select.options).find((o) => !o.disabled && matches(o.text));
  if (!option) return 'failed';
  if (matches(chosenOptionText(select))) return 'unchanged';
  const setter = Object.getOwnPropertyDescriptor(
    select.ownerDocument.defaultView?.HTMLSelectElement.prototype ?? {},
    'value',
  )?.set;
  if (setter) setter.call(select, option.value);
  else select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return matches(chosenOptionText(select)) ? 'changed' : 'failed';
}

const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27 };

/** Presses a key on an element (keydown, keypress for Enter, keyup), as a keyboard would. */
export function pressKey(el: Element, key: 'Enter' | 'Escape'): void {
  const init = {
    key,
    code: key,
    keyCode: KEY_CODES[key],
    which: KEY_CODES[key],
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  if (key === 'Enter') el.dispatchEvent(new KeyboardEvent('keypress', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Presses Enter in a field (chip inputs commit their entry on Enter). */
export function pressEnter(el: Element): void {
  pressKey(el, 'Enter');
}

/**
 * Checked or selected, read from the standard places: a native input's `checked`, then
 * `aria-checked`, `aria-pressed`, `aria-selected`, then a reflected `checked` attribute (web
 * components such as Momentum's `mdc-checkbox` host).
 */
export function isChecked(el: Element): boolean {
  if (el.localName === 'input') return (el as HTMLInputElement).checked;
  for (const state of SELECTED_STATES) {
    const value = el.getAttribute(state);
    if (value !== null) return value === 'true';
  }
  return el.hasAttribute('checked');
}

/** The element states whether it is selected at all (else only a preview can tell). */
export function hasSelectionState(el: Element): boolean {
  return (
    (el.localName === 'input' && /^(checkbox|radio)$/.test((el as HTMLInputElement).type)) ||
    SELECTED_STATES.some((s) => el.hasAttribute(s))
  );
}

export function isDisabled(el: Element): boolean {
  if ((el as HTMLInputElement).disabled === true) return true;
  if (el.getAttribute('aria-disabled') === 'true') return true;
  if (el.localName.includes('-') && el.hasAttribute('disabled')) return true;
  return el.closest('fieldset[disabled]') !== null;
}

/** Clicks a checkbox/radio (native or ARIA) only when its state differs from `want`. */
export function setChecked(el: Element, want: boolean): SetResult {
  if (isChecked(el) === want) return 'unchanged';
  if (isDisabled(el)) return 'failed';
  (el as HTMLElement).click();
  return isChecked(el) === want ? 'changed' : 'failed';
}

/** Puts a file into a file input as if the user had picked it. */
export function setFile(input: Element, file: File): SetResult {
  if (!(input.localName === 'input' && (input as HTMLInputElement).type === 'file')) return 'failed';
  const el = input as HTMLInputElement;
  const view = el.ownerDocument.defaultView;
  if (!view?.DataTransfer) return 'failed';
  const transfer = new view.DataTransfer();
  transfer.items.add(file);
  el.files = transfer.files;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.files?.length === 1 ? 'changed' : 'failed';
}

/**
 * Clicks a choice and waits, at most until the page settles, for it to show the wanted state:
 * frameworks that re-render in a microtask or a task (Lit, React) are given their turn.
 */
export async function chooseAndVerify(
  el: Element,
  want: boolean,
  wait: { doc: Document; timeoutMs: number; settleMs: number; signal?: AbortSignal },
): Promise<SetResult> {
  const first = setChecked(el, want);
  if (first !== 'failed' || isDisabled(el)) return first;
  const kept = await waitFor(wait.doc, () => isChecked(el) === want, wait);
  return kept ? 'changed' : 'failed';
}
