/** The built-in presets: every JSON file in scope-presets/, validated at build and test time. */
import type { Preset } from './schema';
import { validatePreset } from './validate';

const files = import.meta.glob<unknown>('/scope-presets/*.json', { eager: true, import: 'default' });

export interface BuiltinLoad {
  presets: Preset[];
  /** Files that failed validation (a bug: tests keep this empty), with their problems. */
  broken: Array<{ file: string; problems: string[] }>;
}

export function loadBuiltinPresets(): BuiltinLoad {
  const presets: Preset[] = [];
  const broken: BuiltinLoad['broken'] = [];
  for (const [file, data] of Object.entries(files)) {
    if (file.endsWith('preset.schema.json')) continue;
    const result = validatePreset(data);
    if (result.ok) presets.push(result.value);
    else broken.push({ file, problems: result.problems.map((p) => `${p.path}: ${p.message}`) });
  }
  return { presets, broken };
}
