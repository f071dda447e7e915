import { locateField } from '../dom/locate-field';
import { isChecked } from '../dom/set-value';
import { FIELD_LABELS } from '../portal/knowledge';
import { field, type StepOutcome } from './report';
import type { StepContext } from './step';

/**
 * The Terms of Service box is the user's to tick: the extension never accepts terms for anyone.
 * Null when the form has no such box.
 */
export function checkTerms({ finder }: StepContext): StepOutcome | null {
  const located = locateField(finder, FIELD_LABELS.terms, 'checkbox');
  if (!located) return null;
  const label = 'Terms of Service and Privacy Policy';
  if (isChecked(located.control)) return { result: field('terms', label, 'left to you', 'already accepted', false) };
  return {
    result: field('terms', label, 'left to you', 'read and accept them yourself before "Add Integration"', true),
    target: located.control,
  };
}
