/**
 * Custom presets, kept in storage.local (they hold no secrets). Stored as the user's documents;
 * every read validates them again, so a preset saved by an older version is migrated, and one
 * that no longer validates is shown with its problems instead of vanishing.
 */
import type { Preset } from './schema';
import { type Problem, type Validated, validatePreset } from './validate';

export const CUSTOM_PRESETS_KEY = 'customPresets';
const STORE_VERSION = 1;

interface Stored {
  version: number;
  presets: unknown[];
}

export interface AreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface CustomLoad {
  presets: Preset[];
  broken: Array<{ index: number; id: string; problems: Problem[] }>;
}

async function readStored(area: AreaLike): Promise<Stored> {
  const raw = (await area.get(CUSTOM_PRESETS_KEY))[CUSTOM_PRESETS_KEY] as Stored | undefined;
  return raw && Array.isArray(raw.presets) ? raw : { version: STORE_VERSION, presets: [] };
}

export async function loadCustomPresets(area: AreaLike): Promise<CustomLoad> {
  const stored = await readStored(area);
  const out: CustomLoad = { presets: [], broken: [] };
  stored.presets.forEach((doc, index) => {
    const r = validatePreset(doc);
    if (r.ok) out.presets.push(r.value);
    else out.broken.push({ index, id: String((doc as { id?: unknown })?.id ?? `#${index + 1}`), problems: r.problems });
  });
  return out;
}

/** Validates and saves (replacing a custom preset with the same id). Built-in ids are reserved. */
export async function saveCustomPreset(
  area: AreaLike,
  doc: unknown,
  builtinIds: readonly string[],
): Promise<Validated<Preset>> {
  const r = validatePreset(doc);
  if (!r.ok) return r;
  if (builtinIds.includes(r.value.id)) {
    return {
      ok: false,
      problems: [
        {
          path: 'id',
          message: `"${r.value.id}" is a built-in preset's id; choose another id, e.g. "${r.value.id}-custom"`,
        },
      ],
    };
  }
  const stored = await readStored(area);
  const others = stored.presets.filter((p) => (p as { id?: unknown })?.id !== r.value.id);
  await area.set({ [CUSTOM_PRESETS_KEY]: { version: STORE_VERSION, presets: [...others, doc] } });
  return r;
}

export async function deleteCustomPreset(area: AreaLike, id: string): Promise<void> {
  const stored = await readStored(area);
  await area.set({
    [CUSTOM_PRESETS_KEY]: {
      version: STORE_VERSION,
      presets: stored.presets.filter((p) => (p as { id?: unknown })?.id !== id),
    },
  });
}
