/**
 * "Redirect URI(s)*": makes the form's list exactly the preset's URIs, in order.
 * Two shapes are handled: one input per URI with an "Add URI" button (2023 form), and a single
 * input where Enter commits each URI as a chip (what newer guides describe).
 */
import { deepQueryAll, deepText, isHiddenByMarkup, labelKey, normText, parentAcrossShadow } from '../dom/deep';
import { CONTROL_SELECTORS, findButtons, locateField } from '../dom/locate-field';
import { lookedFor } from '../dom/nearest';
import { pressEnter, setText } from '../dom/set-value';
import { microtask, waitFor } from '../dom/wait';
import { BUTTON_TEXTS, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

const LABEL = FIELD_LABELS.redirectUris[0];

/** Widens the field's section until it holds the "Add URI" button, without reaching the scope list. */
export function widenToAddButton(section: Element): { section: Element; addButton: HTMLElement | undefined } {
  let current: Element | null = section;
  for (let i = 0; current && i < 3; i++) {
    const addButton = findButtons(current, BUTTON_TEXTS.addUri)[0];
    if (addButton) return { section: current, addButton };
    const parent = parentAcrossShadow(current);
    if (!parent || deepQueryAll(parent, CONTROL_SELECTORS.checkbox).length > 0) break;
    current = parent;
  }
  return { section, addButton: undefined };
}

const uriInputs = (section: Element) =>
  deepQueryAll<HTMLInputElement>(section, CONTROL_SELECTORS.text).filter((i) => !isHiddenByMarkup(i));

/** A chip is an element holding one remove button and the URI as its other text. */
function chips(section: Element): Array<{ value: string; remove: HTMLElement }> {
  const removeTexts = new Set(BUTTON_TEXTS.removeUri.map(labelKey));
  return deepQueryAll<HTMLElement>(section, 'button, [role=button]')
    .filter((b) => {
      const aria = labelKey(b.getAttribute('aria-label'));
      return removeTexts.has(labelKey(deepText(b))) || [...removeTexts].some((t) => aria.startsWith(t));
    })
    .map((remove) => {
      const chip = parentAcrossShadow(remove);
      const value = chip
        ? normText(
            Array.from(chip.childNodes)
              .filter((n) => n !== remove && !(n instanceof Element && n.contains(remove)))
              .map((n) => n.textContent)
              .join(' '),
          )
        : '';
      return { value, remove };
    })
    .filter((c) => c.value !== '');
}

async function fillRows(ctx: StepContext, section: Element, addButton: HTMLElement): Promise<string | null> {
  const wanted = ctx.spec.redirectUris;
  for (let i = 0; i < wanted.length; i++) {
    if (uriInputs(section).length <= i) {
      addButton.click();
      const appeared = await waitFor(ctx.doc, () => uriInputs(section)[i], ctx);
      if (!appeared) return `"${BUTTON_TEXTS.addUri[0]}" did not add a field for URI ${i + 1}`;
    }
    if (setText(uriInputs(section)[i]!, wanted[i]!) === 'failed') return `the page did not keep URI ${i + 1}`;
  }
  // Entries beyond the preset's: remove the row when it has a remove button, else empty the field.
  for (let guard = 0; uriInputs(section).length > wanted.length && guard < 20; guard++) {
    const extra = uriInputs(section)[wanted.length]!;
    const row = parentAcrossShadow(extra);
    const remove = row ? findButtons(row, BUTTON_TEXTS.removeUri)[0] : undefined;
    if (!remove) {
      for (const input of uriInputs(section).slice(wanted.length)) setText(input, '');
      break;
    }
    const before = uriInputs(section).length;
    remove.click();
    await waitFor(ctx.doc, () => uriInputs(section).length < before, ctx);
  }
  return null;
}

/**
 * One input, no "Add URI": either Enter commits each URI as a chip, or (one URI) it is a plain
 * field. Enter is pressed either way; a field that still holds the URI afterwards, with no chip
 * list, is a plain field and keeps it.
 */
async function fillChipsOrSingle(ctx: StepContext, section: Element, input: Element): Promise<string | null> {
  const wanted = ctx.spec.redirectUris;
  for (const chip of chips(section)) {
    if (!wanted.includes(chip.value)) chip.remove.click();
  }
  for (const uri of wanted) {
    if (chips(section).some((c) => c.value === uri)) continue;
    if (setText(input, uri) === 'failed') return `the page did not accept ${uri}`;
    pressEnter(input);
    await microtask();
    const plainField = wanted.length === 1 && chips(section).length === 0 && (input as HTMLInputElement).value === uri;
    if (plainField) return null;
    const added = await waitFor(ctx.doc, () => chips(section).some((c) => c.value === uri), ctx);
    if (!added) return `Enter did not add ${uri} to the list`;
  }
  return null;
}

export function readRedirectUris(section: Element): string[] {
  const fromChips = chips(section).map((c) => c.value);
  const fromInputs = uriInputs(section)
    .map((i) => i.value.trim())
    .filter((v) => v !== '');
  return [...fromChips, ...fromInputs];
}

export async function fillRedirectUris(ctx: StepContext): Promise<StepOutcome> {
  const located = locateField(ctx.finder, FIELD_LABELS.redirectUris, 'text');
  if (!located) {
    return {
      result: field(
        'redirectUris',
        LABEL,
        'not on this form',
        lookedFor(ctx.finder, FIELD_LABELS.redirectUris, 'a text box'),
        true,
      ),
    };
  }
  const { section, addButton } = widenToAddButton(located.section);
  const before = readRedirectUris(section);
  const wanted = ctx.spec.redirectUris;
  if (before.length === wanted.length && before.every((v, i) => v === wanted[i])) {
    return { result: field('redirectUris', LABEL, 'unchanged', wanted.join(', '), false) };
  }
  const problem = addButton
    ? await fillRows(ctx, section, addButton)
    : await fillChipsOrSingle(ctx, section, located.control);
  const after = readRedirectUris(section);
  const exact = after.length === wanted.length && after.every((v, i) => v === wanted[i]);
  if (problem || !exact) {
    const detail = problem ?? `the form shows ${after.length ? after.join(', ') : 'nothing'} instead`;
    return { result: field('redirectUris', LABEL, 'failed', detail), target: located.control };
  }
  return { result: field('redirectUris', LABEL, 'filled', wanted.join(', '), false) };
}
