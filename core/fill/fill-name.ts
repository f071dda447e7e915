import { fillTextField } from './fill-text-field';
import type { StepOutcome } from './report';
import type { StepContext } from './step';

/** "Integration name*": the preset's name. */
export function fillName({ root, spec }: StepContext): StepOutcome {
  return fillTextField(root, 'name', spec.name, { required: true });
}
