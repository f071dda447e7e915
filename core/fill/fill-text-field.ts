import type { Where } from '../dom/finder';
import { locateField } from '../dom/locate-field';
import { lookedFor } from '../dom/nearest';
import { setText } from '../dom/set-value';
import { FIELD_LABELS } from '../portal/knowledge';
import { type FieldName, field, type StepOutcome } from './report';

type TextFieldKey = 'name' | 'description' | 'contactEmail';

/** Fills one labelled text field; shared by the name, description and contact-email steps. */
export function fillTextField(
  where: Where,
  key: TextFieldKey & FieldName,
  value: string,
  { required }: { required: boolean },
): StepOutcome {
  const label = FIELD_LABELS[key][0];
  const located = locateField(where, FIELD_LABELS[key], 'text');
  if (!located) {
    return {
      result: field(
        key,
        label,
        'not on this form',
        required ? `${lookedFor(where, FIELD_LABELS[key], 'a text box')}; the portal page may have changed` : undefined,
        required,
      ),
    };
  }
  const control = located.control as HTMLInputElement | HTMLTextAreaElement;
  const max = control.maxLength;
  if (max > 0 && value.length > max) {
    return {
      result: field(key, label, 'failed', `the form accepts at most ${max} characters; the preset has ${value.length}`),
      target: control,
    };
  }
  const outcome = setText(control, value);
  if (outcome === 'failed') {
    return { result: field(key, label, 'failed', 'the page did not keep the value'), target: control };
  }
  return { result: field(key, label, outcome === 'changed' ? 'filled' : 'unchanged') };
}
