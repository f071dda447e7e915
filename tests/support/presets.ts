/** Builds the fill requests the popup would send, from the real built-in preset files. */
import { readFileSync } from 'node:fs';
import type { FillRequest } from '../../core/messages';
import type { Preset } from '../../core/presets/schema';
import { resolvePreset } from '../../core/presets/resolve-preset';
import { validatePreset } from '../../core/presets/validate';
import { fillRequestOf } from '../../core/presets/fill-request';
import { partOf } from '../../core/presets/parts';

export function loadPreset(id: string): Preset {
  const r = validatePreset(JSON.parse(readFileSync(`scope-presets/${id}.json`, 'utf8')));
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems)}`);
  return r.value;
}

/** The request for one integration of a built-in preset (the first, or the bundle's part named `part`). */
export function fillRequest(
  id: string,
  values: Record<string, string>,
  exact: boolean | 'auto' = 'auto',
  { part, groups }: { part?: string; groups?: ReadonlySet<string> } = {},
): FillRequest {
  const preset = loadPreset(id);
  const r = resolvePreset(preset, values, { ...(part && { part }), ...(groups && { groups }) });
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems)}`);
  return fillRequestOf(preset, partOf(preset, part), r.value, { exact });
}
