/**
 * Which integration of a bundle the popup offers to fill: the one the user chose, else the first
 * not created yet whose portal is the tab's, else the first not created yet, else the first.
 */
import type { CaptureRecord } from '../session/credentials-store';
import { partsOf, type PresetPart } from './parts';
import type { Preset } from './schema';

/** The keys of the bundle's integrations already created (captured after a fill with this preset). */
export function createdParts(presetId: string, captures: readonly CaptureRecord[]): Set<string> {
  return new Set(
    captures.filter((c) => c.applied?.presetId === presetId && c.applied.part).map((c) => c.applied!.part!.key),
  );
}

export function choosePart(
  preset: Preset,
  chosen: string | undefined,
  captures: readonly CaptureRecord[],
  tabHost: string | null,
): PresetPart {
  const parts = partsOf(preset);
  const picked = parts.find((p) => p.key === chosen);
  if (picked) return picked;
  const created = createdParts(preset.id, captures);
  const open = parts.filter((p) => !created.has(p.key));
  return open.find((p) => p.portal === tabHost) ?? open[0] ?? parts[0]!;
}

/** The bundle's next integration to create after `part`, if any is still open. */
export function nextPart(preset: Preset, captures: readonly CaptureRecord[]): PresetPart | null {
  const created = createdParts(preset.id, captures);
  return partsOf(preset).find((p) => !created.has(p.key)) ?? null;
}

/** The captures of the same bundle's other integrations, by key (the newest of each). */
export function siblingsOf(record: CaptureRecord, captures: readonly CaptureRecord[]): Record<string, CaptureRecord> {
  const out: Record<string, CaptureRecord> = {};
  const own = record.applied?.part?.key;
  for (const c of captures) {
    const key = c.applied?.part?.key;
    if (!key || key === own || c.applied?.presetId !== record.applied?.presetId || out[key]) continue;
    out[key] = c;
  }
  return out;
}
