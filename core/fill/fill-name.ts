import { fillTextField } from './fill-text-field';
import type { StepOutcome } from './report';
import type { StepContext } from './step';

/** "Integration name*": the preset's name. */
export function fillName({ finder, spec }: StepContext): StepOutcome {
  return fillTextField(finder, 'name', spec.name, { required: true });
}
