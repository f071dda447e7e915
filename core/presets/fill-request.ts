/** The order the popup sends the fill engine: one integration of a preset, resolved, with its label in a bundle. */
import type { FillRequest, IntegrationSpec } from '../messages';
import type { PresetPart } from './parts';
import type { Preset } from './schema';

export function fillRequestOf(
  preset: Pick<Preset, 'id' | 'name'>,
  part: PresetPart,
  integration: IntegrationSpec,
  { exact = 'auto', values }: { exact?: boolean | 'auto'; values?: Record<string, string> } = {},
): FillRequest {
  return {
    presetId: preset.id,
    presetName: preset.name,
    portal: part.portal,
    integration,
    exact,
    ...(part.count > 1 && { part: { key: part.key, title: part.title, index: part.index, count: part.count } }),
    ...(values && { values }),
  };
}
