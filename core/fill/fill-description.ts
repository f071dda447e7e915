import { fillTextField } from './fill-text-field';
import type { StepOutcome } from './report';
import type { StepContext } from './step';

/** "App Hub Description*": the preset's description. */
export function fillDescription({ finder, spec }: StepContext): StepOutcome {
  return fillTextField(finder, 'description', spec.description, { required: true });
}
