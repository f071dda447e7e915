/**
 * "Icon*": uploads the preset's icon through the file input; without one, picks the first of the
 * portal's default icons when none is selected yet (a user's own choice is left alone).
 */
import { deepQueryAll, isHiddenByMarkup, parentAcrossShadow } from '../dom/deep';
import { findButtons, findLabelElements } from '../dom/locate-field';
import { setFile } from '../dom/set-value';
import type { TextsSource } from '../dom/locate-field';
import { waitFor } from '../dom/wait';
import { BUTTON_TEXTS, DEFAULT_ICON_NAME, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

const LABEL = FIELD_LABELS.icon[0];

/** The icon section: the label's nearest ancestor holding the "Edit" button or a file input. */
function iconSection(root: ParentNode, texts: TextsSource): Element | null {
  for (const label of findLabelElements(root, FIELD_LABELS.icon, texts)) {
    let ancestor = parentAcrossShadow(label);
    for (let i = 0; ancestor && i < 4; i++, ancestor = parentAcrossShadow(ancestor)) {
      if (findButtons(ancestor, BUTTON_TEXTS.iconEdit).length || deepQueryAll(ancestor, 'input[type=file]').length) {
        return ancestor;
      }
    }
  }
  return null;
}

/** An icon is chosen when the section's preview image (not a choice inside the picker) has a source. */
function selectedIcon(section: Element): string | null {
  const img = deepQueryAll<HTMLImageElement>(section, 'img').find(
    (i) => i.getAttribute('src') && !isHiddenByMarkup(i) && !i.closest('button, [role=radio], [role=option]'),
  );
  return img?.getAttribute('src') ?? null;
}

const defaultIcons = (section: Element) =>
  deepQueryAll<HTMLElement>(section, 'button, [role=radio], [role=option]').filter((b) =>
    DEFAULT_ICON_NAME.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  );

async function openPicker(ctx: StepContext, section: Element, ready: () => boolean): Promise<boolean> {
  if (ready()) return true;
  findButtons(section, BUTTON_TEXTS.iconEdit)[0]?.click();
  return (await waitFor(ctx.doc, ready, ctx)) === true;
}

export function dataUrlToFile(dataUrl: string, fileName: string): File | null {
  const match = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return null;
  const bytes = Uint8Array.from(atob(match[2]!), (c) => c.charCodeAt(0));
  return new File([bytes], fileName, { type: match[1]! });
}

export async function fillIcon(ctx: StepContext): Promise<StepOutcome> {
  const section = iconSection(ctx.root, ctx.texts);
  if (!section) return { result: field('icon', LABEL, 'not on this form') };
  const before = selectedIcon(section);
  if (ctx.spec.icon) {
    const file = dataUrlToFile(ctx.spec.icon.dataUrl, ctx.spec.icon.fileName);
    if (!file) return { result: field('icon', LABEL, 'failed', 'the preset icon is not a PNG or JPEG data URL') };
    const hasInput = () => deepQueryAll(section, 'input[type=file]').length > 0;
    if (!(await openPicker(ctx, section, hasInput))) {
      return { result: field('icon', LABEL, 'failed', 'no upload field appeared'), target: section };
    }
    if (setFile(deepQueryAll(section, 'input[type=file]')[0]!, file) === 'failed') {
      return {
        result: field('icon', LABEL, 'failed', 'the upload field did not take the file'),
        target: section,
      };
    }
    const changed = await waitFor(ctx.doc, () => selectedIcon(section) !== before, ctx);
    return changed
      ? { result: field('icon', LABEL, 'filled', ctx.spec.icon.fileName, false) }
      : {
          result: field('icon', LABEL, 'failed', 'the portal did not accept the icon (512×512 PNG or JPEG)'),
          target: section,
        };
  }
  if (before) return { result: field('icon', LABEL, 'unchanged', 'an icon is already chosen', false) };
  if (!(await openPicker(ctx, section, () => defaultIcons(section).length > 0))) {
    return {
      result: field('icon', LABEL, 'failed', 'no default icons were offered; choose one yourself'),
      target: section,
    };
  }
  const first = defaultIcons(section)[0]!;
  const name = first.getAttribute('aria-label') ?? 'default icon';
  first.click();
  const chosen = await waitFor(ctx.doc, () => selectedIcon(section), ctx);
  return chosen
    ? { result: field('icon', LABEL, 'filled', name, false) }
    : {
        result: field('icon', LABEL, 'failed', 'the default icon was not taken; choose one yourself'),
        target: section,
      };
}
