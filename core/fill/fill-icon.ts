/**
 * "Icon*": uploads the preset's icon through the file input; without one, picks the first of the
 * portal's default icons, unless an icon is already chosen (a user's own choice is never
 * overwritten). What is chosen is read from the standard places: a choice's `checked`,
 * `aria-checked`, `aria-pressed` or `aria-selected`; only when the choices state nothing, the
 * section's preview image.
 */
import { accessibleName } from '../dom/accessible-name';
import { deepQueryAll, isHiddenByMarkup, labelKey, parentAcrossShadow } from '../dom/deep';
import { toFinder, type Where } from '../dom/finder';
import { commonAncestor, findButtons, labelBefore, locateField } from '../dom/locate-field';
import { hasSelectionState, isChecked, setFile } from '../dom/set-value';
import { waitFor } from '../dom/wait';
import { BUTTON_TEXTS, DEFAULT_ICON_NAME, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

const LABEL = FIELD_LABELS.icon[0];
const CHOICE = 'input[type=radio], [role=radio], [role=option], [aria-pressed], button, [role=button]';
const GROUP = '[role=radiogroup], [role=listbox], [role=group], fieldset';

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

/** The icon choices in the section: radios, options, toggle buttons, buttons named like a default icon. */
function choices(section: Element): Element[] {
  const edit = new Set(BUTTON_TEXTS.iconEdit.map(labelKey));
  return deepQueryAll(section, CHOICE).filter((el) => {
    if (hasSelectionState(el) || /^(radio|option)$/.test(el.getAttribute('role') ?? '')) return true;
    const name = accessibleName(el);
    if (edit.has(labelKey(name))) return false;
    // A default icon: named so, or a button that shows a picture.
    return DEFAULT_ICON_NAME.test(name) || el.querySelector('img, svg') !== null;
  });
}

/** The preview: an image with a source that is not one of the choices. */
function preview(section: Element): string | null {
  const img = deepQueryAll<HTMLImageElement>(section, 'img').find(
    (i) => i.getAttribute('src') && !isHiddenByMarkup(i) && !i.closest(CHOICE),
  );
  return img?.getAttribute('src') ?? null;
}

/** What is chosen now: a choice in a selected state, or (when no choice states anything) the preview. */
export function chosenIcon(section: Element): string | null {
  const all = choices(section);
  const selected = all.find((c) => hasSelectionState(c) && isChecked(c));
  if (selected) return accessibleName(selected) || 'an icon';
  if (all.some(hasSelectionState)) return null;
  return preview(section);
}

async function openPicker(ctx: StepContext, section: Element, ready: () => boolean): Promise<boolean> {
  if (ready()) return true;
  const edit = editButton(section);
  if (!edit) return false;
  edit.click();
  return (await waitFor(ctx.doc, ready, ctx)) === true;
}

export function dataUrlToFile(dataUrl: string, fileName: string): File | null {
  const match = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return null;
  const bytes = Uint8Array.from(atob(match[2]!), (c) => c.charCodeAt(0));
  return new File([bytes], fileName, { type: match[1]! });
}

async function uploadIcon(ctx: StepContext, section: Element, icon: { dataUrl: string; fileName: string }) {
  const file = dataUrlToFile(icon.dataUrl, icon.fileName);
  if (!file) return { result: field('icon', LABEL, 'failed', 'the preset icon is not a PNG or JPEG data URL') };
  const before = preview(section);
  const hasInput = () => deepQueryAll(section, 'input[type=file]').length > 0;
  if (!(await openPicker(ctx, section, hasInput))) {
    return { result: field('icon', LABEL, 'failed', 'no upload field appeared'), target: section };
  }
  if (setFile(deepQueryAll(section, 'input[type=file]')[0]!, file) === 'failed') {
    return { result: field('icon', LABEL, 'failed', 'the upload field did not take the file'), target: section };
  }
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
  const offered = () => choices(section).filter((c) => !isHiddenByMarkup(c));
  if (!(await openPicker(ctx, section, () => offered().length > 0))) {
    return {
      result: field('icon', LABEL, 'failed', 'no default icons were offered; choose one yourself'),
      target: section,
    };
  }
  const all = offered();
  const first = all.find((c) => DEFAULT_ICON_NAME.test(accessibleName(c))) ?? all[0]!;
  const name = accessibleName(first) || 'the first default icon';
  (first as HTMLElement).click();
  const chosen = await waitFor(ctx.doc, () => chosenIcon(section), ctx);
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
