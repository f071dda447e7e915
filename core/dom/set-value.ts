/**
 * Changes controls the way a user would, so the page's framework sees the change:
 * text through the native value setter plus bubbling input/change events (a framework's own
 * value tracker ignores `el.value = x`), choices by click() only when their state differs.
 */

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

/** Presses Enter in a field (chip inputs commit their entry on Enter). */
export function pressEnter(el: Element): void {
  const init = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keypress', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

export function isChecked(el: Element): boolean {
  if (el.localName === 'input') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true';
}

export function isDisabled(el: Element): boolean {
  if (el.localName === 'input' && (el as HTMLInputElement).disabled) return true;
  if (el.getAttribute('aria-disabled') === 'true') return true;
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
