/**
 * "Icon*": uploads the preset's icon through the file input; without one, picks the first of the
 * portal's default icons, unless an icon is already chosen (a user's own choice is never
 * overwritten). What is chosen is read from the standard places: a choice's `checked`,
 * `aria-checked`, `aria-pressed` or `aria-selected`; only when the choices state nothing, the
 * section's preview image, and only if it shows one of the choices or an uploaded picture
 * (a placeholder shown before any choice is not a choice).
 *
 * The picker may be in the section, behind "Edit", or in a dialog that "Edit" opens elsewhere
 * in the page (`aria-controls`, or a dialog newly shown): the choice is made there, confirmed
 * with its "Apply"/"Done"/"Save", and the dialog is never left open.
 */
import { accessibleName } from '../dom/accessible-name';
import { byIdNear, deepQueryAll, isHiddenByMarkup, labelKey, parentAcrossShadow } from '../dom/deep';
import { toFinder, type Where } from '../dom/finder';
import { commonAncestor, findButtons, labelBefore, locateField } from '../dom/locate-field';
import { hasSelectionState, isChecked, pressKey, setFile } from '../dom/set-value';
import { microtask, waitFor } from '../dom/wait';
import { BUTTON_TEXTS, DEFAULT_ICON_NAME, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

const LABEL = FIELD_LABELS.icon[0];
const CHOICE = 'input[type=radio], [role=radio], [role=option], [aria-pressed], button, [role=button]';
const GROUP = '[role=radiogroup], [role=listbox], [role=group], fieldset';
const DIALOG = 'dialog, [role=dialog], [role=alertdialog]';

/** The icon section: a group named "Icon", else where the "Icon" label and its controls meet. */
export function iconSection(where: Where): Element | null {
  const finder = toFinder(where);
  const wanted = new Set(FIELD_LABELS.icon.map(labelKey));
  const group =
    locateField(finder, FIELD_LABELS.icon, 'radio')?.section ??
    finder.all(GROUP).find((g) => wanted.has(labelKey(finder.name(g))));
  if (group) return group;
  const controls = [
    ...findButtons(finder, BUTTON_TEXTS.iconEdit),
    ...finder.all('input[type=file], [aria-pressed], [role=radio], [role=option]'),
  ];
  for (const control of controls) {
    const label = labelBefore(control, wanted);
    if (label) return commonAncestor(label, control);
  }
  return null;
}

/** The "Edit" button that opens the picker: in the section, or just around it (beside a choice group). */
function editButton(section: Element): HTMLElement | undefined {
  for (let at: Element | null = section, i = 0; at && i < 3; i++, at = parentAcrossShadow(at)) {
    const edit = findButtons(at, BUTTON_TEXTS.iconEdit)[0];
    if (edit) return edit;
  }
  return undefined;
}

const NOT_CHOICES = new Set(
  [...BUTTON_TEXTS.iconEdit, ...BUTTON_TEXTS.dialogConfirm, ...BUTTON_TEXTS.dialogClose, 'Cancel'].map(labelKey),
);

/** The icon choices under `root`: radios, options, toggle buttons, buttons named like a default icon. */
function choices(root: Element): Element[] {
  return deepQueryAll(root, CHOICE).filter((el) => {
    if (hasSelectionState(el) || /^(radio|option)$/.test(el.getAttribute('role') ?? '')) return true;
    const name = accessibleName(el);
    if (NOT_CHOICES.has(labelKey(name))) return false;
    // A default icon: named so, or a button that shows a picture.
    return DEFAULT_ICON_NAME.test(name) || el.querySelector('img, svg') !== null;
  });
}

/** The picture a choice shows. */
const pictureOf = (choice: Element) =>
  (choice.localName === 'img' ? choice : choice.querySelector('img'))?.getAttribute('src') ?? null;

/** The preview: an image with a source that is not one of the choices. */
function preview(section: Element): string | null {
  const img = deepQueryAll<HTMLImageElement>(section, 'img').find(
    (i) => i.getAttribute('src') && !isHiddenByMarkup(i) && !i.closest(CHOICE),
  );
  return img?.getAttribute('src') ?? null;
}

/** A picture the user uploaded: the portal takes PNG or JPEG, shown from a blob or data URL. */
const isUpload = (src: string) => /^(blob:|data:image\/(png|jpeg)[;,])/i.test(src);

/**
 * What is chosen now: a choice in a selected state, or (when no choice states anything) a preview
 * that shows one of the choices' pictures or an upload. Null when nothing is (a placeholder
 * preview included). `more` adds choices shown elsewhere (an open picker dialog).
 */
export function chosenIcon(
  section: Element,
  more: Element[] = [],
  pictures: ReadonlyMap<string, string> = new Map(),
): string | null {
  const all = [...choices(section), ...more.flatMap(choices)];
  const selected = all.find((c) => hasSelectionState(c) && isChecked(c));
  if (selected) return accessibleName(selected) || 'an icon';
  if (all.some(hasSelectionState)) return null;
  const shown = preview(section);
  if (!shown) return null;
  const match = all.find((c) => pictureOf(c) === shown);
  if (match) return accessibleName(match) || 'a default icon';
  if (pictures.has(shown)) return pictures.get(shown)!;
  return isUpload(shown) ? 'an uploaded icon' : null;
}

/** The pictures of the choices (picture → name): what a preview may show once a dialog is gone. */
const picturesOf = (root: Element) =>
  new Map(
    choices(root)
      .map((c) => [pictureOf(c), accessibleName(c) || 'a default icon'] as const)
      .filter((e): e is readonly [string, string] => e[0] !== null),
  );

/** Dialogs showing now. */
const openDialogs = (doc: Document) =>
  deepQueryAll(doc, DIALOG).filter(
    (d) => !isHiddenByMarkup(d) && (d.localName !== 'dialog' || (d as HTMLDialogElement).open),
  );

interface Picker {
  /** Where the choices are: the section, or the dialog "Edit" opened. */
  root: Element;
  dialog: Element | null;
}

/** Opens the picker if it is not open (`ready` says whether it shows what is needed); finds where it opened. */
async function openPicker(
  ctx: StepContext,
  section: Element,
  ready: (root: Element) => boolean,
): Promise<Picker | null> {
  if (ready(section)) return { root: section, dialog: null };
  const edit = editButton(section);
  if (!edit) return null;
  const before = new Set(openDialogs(ctx.doc));
  edit.click();
  const controlled = () => {
    const id = edit.getAttribute('aria-controls');
    const target = id ? byIdNear(edit, id) : null;
    return target && !isHiddenByMarkup(target) && !section.contains(target) ? target : null;
  };
  const found = await waitFor(
    ctx.doc,
    (): Picker | null => {
      if (ready(section)) return { root: section, dialog: null };
      const dialog = controlled() ?? openDialogs(ctx.doc).find((d) => !before.has(d)) ?? null;
      return dialog && ready(dialog) ? { root: dialog, dialog } : null;
    },
    ctx,
  );
  return found;
}

const isOpen = (dialog: Element) =>
  dialog.isConnected &&
  !isHiddenByMarkup(dialog) &&
  (dialog.localName !== 'dialog' || (dialog as HTMLDialogElement).open);

/** Confirms (or, with `confirm` false, dismisses) a picker dialog, and waits until it is closed. */
async function closePicker(ctx: StepContext, dialog: Element, confirm: boolean): Promise<boolean> {
  if (!isOpen(dialog)) return true;
  const button =
    (confirm ? findButtons(dialog, BUTTON_TEXTS.dialogConfirm)[0] : undefined) ??
    findButtons(dialog, [...BUTTON_TEXTS.dialogClose, ...(confirm ? [] : ['Cancel'])])[0];
  if (button) button.click();
  else pressKey(dialog, 'Escape');
  await microtask();
  if (!isOpen(dialog)) return true;
  return (await waitFor(ctx.doc, () => !isOpen(dialog), ctx)) === true;
}

export function dataUrlToFile(dataUrl: string, fileName: string): File | null {
  const match = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return null;
  const bytes = Uint8Array.from(atob(match[2]!), (c) => c.charCodeAt(0));
  return new File([bytes], fileName, { type: match[1]! });
}

const hasFileInput = (root: Element) => deepQueryAll(root, 'input[type=file]').length > 0;

async function uploadIcon(ctx: StepContext, section: Element, icon: { dataUrl: string; fileName: string }) {
  const file = dataUrlToFile(icon.dataUrl, icon.fileName);
  if (!file) return { result: field('icon', LABEL, 'failed', 'the preset icon is not a PNG or JPEG data URL') };
  const before = preview(section);
  const picker = await openPicker(ctx, section, hasFileInput);
  if (!picker) return { result: field('icon', LABEL, 'failed', 'no upload field appeared'), target: section };
  if (setFile(deepQueryAll(picker.root, 'input[type=file]')[0]!, file) === 'failed') {
    if (picker.dialog) await closePicker(ctx, picker.dialog, false);
    return { result: field('icon', LABEL, 'failed', 'the upload field did not take the file'), target: section };
  }
  if (picker.dialog) await closePicker(ctx, picker.dialog, true);
  const changed = await waitFor(ctx.doc, () => preview(section) !== before, ctx);
  return changed
    ? { result: field('icon', LABEL, 'filled', icon.fileName, false) }
    : {
        result: field('icon', LABEL, 'failed', 'the portal did not accept the icon (512×512 PNG or JPEG)'),
        target: section,
      };
}

export async function fillIcon(ctx: StepContext): Promise<StepOutcome> {
  const section = iconSection(ctx.finder);
  if (!section) return { result: field('icon', LABEL, 'not on this form') };
  if (ctx.spec.icon) return uploadIcon(ctx, section, ctx.spec.icon);
  const already = chosenIcon(section);
  if (already) return { result: field('icon', LABEL, 'unchanged', `already chosen: ${already}`, false) };
  const offered = (root: Element) => choices(root).filter((c) => !isHiddenByMarkup(c));
  const picker = await openPicker(ctx, section, (root) => offered(root).length > 0);
  if (!picker) {
    return {
      result: field('icon', LABEL, 'failed', 'no default icons were offered; choose one yourself'),
      target: section,
    };
  }
  const extra = picker.dialog ? [picker.dialog] : [];
  // The picker may show what was chosen before (a choice in a selected state, or the preview's picture).
  const before = chosenIcon(section, extra);
  if (before) {
    if (picker.dialog && !(await closePicker(ctx, picker.dialog, false)))
      return {
        result: field('icon', LABEL, 'failed', 'the icon dialog did not close; close it yourself'),
        target: section,
      };
    return { result: field('icon', LABEL, 'unchanged', `already chosen: ${before}`, false) };
  }
  const all = offered(picker.root);
  const first = all.find((c) => DEFAULT_ICON_NAME.test(accessibleName(c))) ?? all[0]!;
  const name = accessibleName(first) || 'the first default icon';
  const pictures = picturesOf(picker.root);
  const previewBefore = preview(section);
  (first as HTMLElement).click();
  if (picker.dialog) {
    // The choice shows in the dialog, then "Apply" (or the like) puts it into the form.
    await waitFor(ctx.doc, () => !isOpen(picker.dialog!) || chosenIcon(section, [picker.dialog!]), ctx);
    if (!(await closePicker(ctx, picker.dialog, true)))
      return {
        result: field('icon', LABEL, 'failed', `"${name}" was chosen but the icon dialog did not close; check it`),
        target: section,
      };
  }
  // Read back in the section: a choice in a selected state, or its preview showing the choice's
  // picture; after a dialog, whose choices are gone, a preview that now shows a picture it did not.
  const changedPreview = () => {
    const now = preview(section);
    return picker.dialog && now && now !== previewBefore ? name : null;
  };
  const chosen = await waitFor(ctx.doc, () => chosenIcon(section, [], pictures) ?? changedPreview(), ctx);
  return chosen
    ? { result: field('icon', LABEL, 'filled', name, false) }
    : {
        result: field(
          'icon',
          LABEL,
          'failed',
          `"${name}" was clicked but the page shows no icon chosen; choose one yourself`,
        ),
        target: section,
      };
}
