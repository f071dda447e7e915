import { fillTextField } from './fill-text-field';
import type { StepOutcome } from './report';
import type { StepContext } from './step';

/** "App Hub Description*": the preset's description. */
export function fillDescription({ root, spec }: StepContext): StepOutcome {
  return fillTextField(root, 'description', spec.description, { required: true });
}
