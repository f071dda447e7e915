import { deepQueryAll, labelKey } from '../dom/deep';
import { CONTROL_SELECTORS, locateField } from '../dom/locate-field';
import { chooseAndVerify, chosenOptionText, selectOption } from '../dom/set-value';
import { microtask } from '../dom/wait';
import { BUTTON_TEXTS, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

/**
 * "Will this integration use a mobile SDK?": No, unless the preset says Yes. Asked with two
 * radio buttons, or with a drop-down (whose first option may be a placeholder such as
 * "Select…"); either way the answer counts only once the page shows it chosen.
 */
export async function fillMobileSdk(ctx: StepContext): Promise<StepOutcome> {
  const { finder, spec } = ctx;
  const label = FIELD_LABELS.mobileSdk[0];
  const answer = spec.mobileSdk ? 'Yes' : 'No';
  const wanted = (spec.mobileSdk ? BUTTON_TEXTS.mobileSdkYes : BUTTON_TEXTS.mobileSdkNo).map(labelKey);
  const isAnswer = (text: string) => wanted.includes(labelKey(text));

  const dropDown = locateField(finder, FIELD_LABELS.mobileSdk, 'select');
  if (dropDown) {
    const select = dropDown.control as HTMLSelectElement;
    const outcome = selectOption(select, isAnswer);
    await microtask();
    if (outcome === 'failed' || !isAnswer(chosenOptionText(select))) {
      const offered = Array.from(select.options).some((o) => isAnswer(o.text));
      const detail = offered ? `"${answer}" could not be chosen` : `no "${answer}" option`;
      return { result: field('mobileSdk', label, 'failed', detail), target: select };
    }
    return { result: field('mobileSdk', label, outcome === 'changed' ? 'filled' : 'unchanged', answer) };
  }

  const located = locateField(finder, FIELD_LABELS.mobileSdk, 'radio');
  if (!located) return { result: field('mobileSdk', label, 'not on this form') };
  const option = deepQueryAll(located.section, CONTROL_SELECTORS.radio).find((radio) => isAnswer(finder.name(radio)));
  if (!option) {
    return { result: field('mobileSdk', label, 'failed', `no "${answer}" option`), target: located.control };
  }
  const outcome = await chooseAndVerify(option, true, ctx);
  if (outcome === 'failed') {
    return {
      result: field('mobileSdk', label, 'failed', `"${answer}" could not be selected`),
      target: option,
    };
  }
  return { result: field('mobileSdk', label, outcome === 'changed' ? 'filled' : 'unchanged', answer) };
}
