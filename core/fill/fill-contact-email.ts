import { fillTextField } from './fill-text-field';
import type { StepOutcome } from './report';
import type { StepContext } from './step';

/** "Contact Email": only older forms have it, so its absence is reported, not failed. Null when the preset has none. */
export function fillContactEmail({ finder, spec }: StepContext): StepOutcome | null {
  if (!spec.contactEmail) return null;
  return fillTextField(finder, 'contactEmail', spec.contactEmail, { required: false });
}
