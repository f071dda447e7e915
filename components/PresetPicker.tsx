import type { Preset } from '@/core/presets/schema';

interface Props {
  presets: Preset[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/** A labelled combobox of presets, grouped by portal. */
export function PresetPicker({ presets, selectedId, onSelect }: Props) {
  const portals = [...new Set(presets.map((p) => p.portal))];
  return (
    <div class="field">
      <label for="preset">Preset</label>
      <select id="preset" value={selectedId} onChange={(e) => onSelect((e.target as HTMLSelectElement).value)}>
        <option value="">Choose a preset…</option>
        {portals.map((portal) => (
          <optgroup key={portal} label={portal}>
            {presets
              .filter((p) => p.portal === portal)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.vendor})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
