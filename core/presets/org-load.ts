/** What the organisation's policy gave (apart, so that a page can name it without loading the validator). */
import type { OrgDefaults } from './org-defaults';
import type { Problem } from './problems';
import type { Preset } from './schema';

export interface OrgLoad {
  presets: Preset[];
  broken: Array<{ index: number; id: string; problems: Problem[] }>;
  defaults: OrgDefaults;
  /** Why the policy's defaults were not used, when they were not valid. */
  defaultsProblem?: string;
}

export const NO_ORG: OrgLoad = { presets: [], broken: [], defaults: {} };
