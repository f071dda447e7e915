/**
 * The built-in presets: every JSON file in scope-presets/, validated by npm run presets:schema
 * into builtin-presets.json (defaults filled in), which is read here as it is: the popup shows
 * them without carrying the validator. A unit test fails while that file is stale.
 */
import data from './builtin-presets.json' with { type: 'json' };
import type { Preset } from './schema';

export interface BuiltinLoad {
  presets: Preset[];
  /** Files that failed validation: none can, since an invalid one stops presets:schema (kept for the views). */
  broken: Array<{ file: string; problems: string[] }>;
}

export function loadBuiltinPresets(): BuiltinLoad {
  return { presets: structuredClone(data) as Preset[], broken: [] };
}
