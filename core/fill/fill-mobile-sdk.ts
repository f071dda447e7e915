import { deepQueryAll, labelKey } from '../dom/deep';
import { CONTROL_SELECTORS, locateField } from '../dom/locate-field';
import { chooseAndVerify } from '../dom/set-value';
import { BUTTON_TEXTS, FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

/** "Will this integration use a mobile SDK?": No, unless the preset says Yes. */
export async function fillMobileSdk(ctx: StepContext): Promise<StepOutcome> {
  const { finder, spec } = ctx;
  const label = FIELD_LABELS.mobileSdk[0];
  const located = locateField(finder, FIELD_LABELS.mobileSdk, 'radio');
  if (!located) return { result: field('mobileSdk', label, 'not on this form') };
  const wanted = (spec.mobileSdk ? BUTTON_TEXTS.mobileSdkYes : BUTTON_TEXTS.mobileSdkNo).map(labelKey);
  const option = deepQueryAll(located.section, CONTROL_SELECTORS.radio).find((radio) =>
    wanted.includes(labelKey(finder.name(radio))),
  );
  const answer = spec.mobileSdk ? 'Yes' : 'No';
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
