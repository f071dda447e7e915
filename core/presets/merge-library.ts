/** The presets as users see them, one per id: the organisation's, the user's own, the built-in ones. */
import type { Preset } from './schema';

export type Origin = 'organisation' | 'custom' | 'built-in';

export interface LibraryEntry {
  preset: Preset;
  origin: Origin;
}

export function mergeLibrary(
  org: readonly Preset[],
  custom: readonly Preset[],
  builtins: readonly Preset[],
  { hideBuiltins = false } = {},
): LibraryEntry[] {
  const seen = new Set<string>();
  const out: LibraryEntry[] = [];
  const add = (presets: readonly Preset[], origin: Origin) => {
    for (const preset of presets) {
      if (seen.has(preset.id)) continue;
      seen.add(preset.id);
      out.push({ preset, origin });
    }
  };
  add(org, 'organisation');
  add(custom, 'custom');
  if (!hideBuiltins) add(builtins, 'built-in');
  return out;
}
