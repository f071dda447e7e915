/** Builds the fill requests the popup would send, from the real built-in preset files. */
import { readFileSync } from 'node:fs';
import type { FillRequest } from '../../core/messages';
import type { Preset } from '../../core/presets/schema';
import { resolvePreset, validatePreset } from '../../core/presets/validate';

export function loadPreset(id: string): Preset {
  const r = validatePreset(JSON.parse(readFileSync(`scope-presets/${id}.json`, 'utf8')));
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems)}`);
  return r.value;
}

export function fillRequest(id: string, values: Record<string, string>, exact: boolean | 'auto' = 'auto'): FillRequest {
  const preset = loadPreset(id);
  const r = resolvePreset(preset, values);
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems)}`);
  return { presetId: preset.id, presetName: preset.name, portal: preset.portal, integration: r.value, exact };
}
