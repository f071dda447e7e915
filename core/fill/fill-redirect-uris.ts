/**
 * "Redirect URI(s)": makes the form's list exactly the preset's URIs, in order, and reports
 * success only from the list the page holds afterwards, read the way the list was found.
 * The shapes handled:
 * - rows: one input per URI with an "Add URI" button (2023 form; rows may be labelled
 *   "Redirect URI 1", "Redirect URI 2"…);
 * - lines: one text area, one URI per line;
 * - chips: one input whose entry becomes a chip on Enter or on an explicit "Add" button; text
 *   left in the input is not in the list;
 * - single: one plain input (one URI).
 */
import { accessibleName } from '../dom/accessible-name';
import { deepQueryAll, deepText, isHiddenByMarkup, labelKey, normText, parentAcrossShadow } from '../dom/deep';
import { CONTROL_SELECTORS, findButtons, type LocatedField, locateField } from '../dom/locate-field';
import { lookedFor } from '../dom/nearest';
import { pressEnter, setText } from '../dom/set-value';
import { microtask, waitFor } from '../dom/wait';
import type { Where } from '../dom/finder';
import { BUTTON_TEXTS, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

const LABEL = FIELD_LABELS.redirectUris[0];

export type UriListShape = 'rows' | 'lines' | 'chips' | 'single';

export interface UriList {
  shape: UriListShape;
  /** Where the field was found, before widening (a chip list may appear beside it only after the first entry). */
  found: Element;
  section: Element;
  /** The input where URIs are typed (rows: the first row's). */
  input: Element;
  addButton?: HTMLElement;
  commitButton?: HTMLElement;
}

/** The labels of the form's other text fields: a wrapper holding one of them is past this field. */
const OTHER_FIELDS = new Set(
  [...FIELD_LABELS.name, ...FIELD_LABELS.description, ...FIELD_LABELS.contactEmail].map(labelKey),
);

/** The parent holds another field of the form (a scope checkbox, or a text field labelled as another field). */
function reachesOtherField(parent: Element): boolean {
  if (deepQueryAll(parent, CONTROL_SELECTORS.checkbox).length > 0) return true;
  return deepQueryAll(parent, CONTROL_SELECTORS.text).some((el) => OTHER_FIELDS.has(labelKey(accessibleName(el))));
}

/**
 * Widens the field's section until it holds what manages the list ("Add URI", an "Add" button
 * that commits the typed URI, or chips), without reaching another field of the form.
 */
export function widenSection(section: Element): Element {
  let current: Element = section;
  for (let i = 0; i < 7; i++) {
    if (findButtons(current, [...BUTTON_TEXTS.addUri, ...BUTTON_TEXTS.commitUri]).length || chips(current).length)
      return current;
    const parent = parentAcrossShadow(current);
    if (!parent || reachesOtherField(parent)) break;
    current = parent;
  }
  return section;
}

const uriInputs = (section: Element) =>
  deepQueryAll<HTMLInputElement>(section, CONTROL_SELECTORS.text).filter(
    (i) => !isHiddenByMarkup(i) && i.localName === 'input',
  );

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
    .filter((c) => c.value !== '' && /^\S+$/.test(c.value));
}

/** The "Add" button that commits what is typed: next to the input, in the field's section. */
function commitButtonNear(section: Element, input: Element): HTMLElement | undefined {
  return findButtons(section, BUTTON_TEXTS.commitUri).find((b) => !b.contains(input));
}

/** Which shape the field has, from what the page shows now. */
export function uriList(located: LocatedField): UriList {
  const input = located.control;
  const found = located.section;
  if (input.localName === 'textarea') return { shape: 'lines', found, section: found, input };
  const section = widenSection(found);
  const addButton = findButtons(section, BUTTON_TEXTS.addUri)[0];
  if (addButton) return { shape: 'rows', found, section, input, addButton };
  const commitButton = commitButtonNear(section, input);
  if (commitButton) return { shape: 'chips', found, section, input, commitButton };
  return { shape: chips(section).length > 0 ? 'chips' : 'single', found, section, input };
}

const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The URIs the page holds: committed ones only (text still in a chip list's input is not in the list). */
export function readUriList(list: UriList): string[] {
  switch (list.shape) {
    case 'lines':
      return linesOf((list.input as HTMLTextAreaElement).value);
    case 'chips':
      return chipsOf(list).map((c) => c.value);
    case 'rows':
    case 'single':
      return uriInputs(list.section)
        .map((i) => i.value.trim())
        .filter((v) => v !== '');
  }
}

/** The list's chips, where they are now (the list may have appeared beside the input after the first entry). */
function chipsOf(list: UriList): Array<{ value: string; remove: HTMLElement }> {
  list.section = widenSection(list.found);
  return chips(list.section);
}

/** Text typed into a chip list's input but not added to the list. */
function uncommitted(list: UriList): string {
  if (list.shape !== 'chips') return '';
  const input = list.input.isConnected
    ? list.input
    : (locateRedirectField(list.input.ownerDocument)?.control ?? list.input);
  return ((input as HTMLInputElement).value ?? '').trim();
}

/** For "Make a preset from this page": the list as the page holds it. */
export function readRedirectUris(where: Where): string[] {
  const located = locateRedirectField(where);
  return located ? readUriList(uriList(located)) : [];
}

export function locateRedirectField(where: Where): LocatedField | null {
  return (
    locateField(where, FIELD_LABELS.redirectUris, 'text') ??
    locateField(where, FIELD_LABELS.redirectUris, 'text', { numbered: true })
  );
}

async function fillRows(ctx: StepContext, list: UriList): Promise<string | null> {
  const { section, addButton } = list;
  const wanted = ctx.spec.redirectUris;
  for (let i = 0; i < wanted.length; i++) {
    if (uriInputs(section).length <= i) {
      addButton!.click();
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

function fillLines(ctx: StepContext, list: UriList): string | null {
  return setText(list.input, ctx.spec.redirectUris.join('\n')) === 'failed'
    ? 'the page did not keep the URIs in its text area'
    : null;
}

/**
 * A chip list (or a single input that may turn out to be one): each URI is typed, then
 * committed with Enter, or with the "Add" button where Enter does nothing. One input with no
 * chip list and no "Add" button that still holds the URI after Enter is a plain field.
 */
async function fillChipsOrSingle(ctx: StepContext, list: UriList): Promise<string | null> {
  const wanted = ctx.spec.redirectUris;
  for (const chip of chipsOf(list)) {
    if (!wanted.includes(chip.value)) chip.remove.click();
  }
  const listed = (uri: string) => chipsOf(list).some((c) => c.value === uri);
  for (const uri of wanted) {
    if (listed(uri)) continue;
    // A list that re-renders after each entry replaces its input: find it again.
    if (!list.input.isConnected) {
      const again = locateRedirectField(ctx.finder);
      if (!again) return `the URI field disappeared after ${wanted.indexOf(uri)} entries`;
      list.input = again.control;
      list.found = again.section;
    }
    const input = list.input;
    if (setText(input, uri) === 'failed') return `the page did not accept ${uri}`;
    const commit = list.commitButton ?? commitButtonNear(list.section, input);
    if (commit) commit.click();
    else pressEnter(input);
    await microtask();
    const plainField =
      !commit && wanted.length === 1 && chipsOf(list).length === 0 && (input as HTMLInputElement).value === uri;
    if (plainField) {
      list.shape = 'single';
      return null;
    }
    list.shape = 'chips';
    const added = await waitFor(ctx.doc, () => listed(uri), ctx);
    if (!added) {
      // Enter did nothing: an "Add" button that appeared (or was missed) gets its turn.
      const late = !commit ? commitButtonNear(list.section, input) : undefined;
      if (late) {
        late.click();
        if (await waitFor(ctx.doc, () => listed(uri), ctx)) continue;
      }
      return `${commit ? `"${BUTTON_TEXTS.commitUri[0]}"` : 'Enter'} did not add ${uri} to the list`;
    }
  }
  return null;
}

export async function fillRedirectUris(ctx: StepContext): Promise<StepOutcome> {
  const located = locateRedirectField(ctx.finder);
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
  const list = uriList(located);
  const wanted = ctx.spec.redirectUris;
  const same = (uris: string[]) => uris.length === wanted.length && uris.every((v, i) => v === wanted[i]);
  if (same(readUriList(list)) && !uncommitted(list)) {
    return { result: field('redirectUris', LABEL, 'unchanged', wanted.join(', '), false) };
  }
  if (list.shape === 'single' && wanted.length > 1) {
    // One plain input cannot hold several: it may be a chip list that commits on Enter.
    list.shape = 'chips';
  }
  const problem =
    list.shape === 'rows'
      ? await fillRows(ctx, list)
      : list.shape === 'lines'
        ? fillLines(ctx, list)
        : await fillChipsOrSingle(ctx, list);
  await microtask();
  const after = readUriList(list);
  const left = uncommitted(list);
  if (problem || !same(after) || left) {
    const shows = `the form's list holds ${after.length ? after.join(', ') : 'nothing'}`;
    const detail = problem ?? (left ? `${shows}; "${left}" is typed but not added` : `${shows} instead`);
    return { result: field('redirectUris', LABEL, 'failed', detail), target: located.control };
  }
  return { result: field('redirectUris', LABEL, 'filled', wanted.join(', '), false) };
}
