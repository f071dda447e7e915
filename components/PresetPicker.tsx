import { useState } from 'preact/hooks';
import { partsOf, portalsOf } from '@/core/presets/parts';
import type { Preset } from '@/core/presets/schema';

interface Props {
  presets: Preset[];
  selectedId: string;
  onSelect: (id: string) => void;
  /** Portal of the tab the popup acts on: its presets are listed first. */
  preferredPortal?: string | null;
  /** Ids of the organisation's presets (by policy): listed first, in their own group. */
  orgIds?: ReadonlySet<string>;
  /** Ids of the user's own presets: marked "custom", since anyone can write one. */
  customIds?: ReadonlySet<string>;
  /** Ids used recently, most recent first: listed after the organisation's. */
  recentIds?: readonly string[];
}

export function matchesQuery(preset: Preset, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || `${preset.name} ${preset.vendor} ${preset.id}`.toLowerCase().includes(q);
}

/** A labelled combobox of presets, grouped by portal, with a search box that filters by name or vendor. */
export function PresetPicker({
  presets,
  selectedId,
  onSelect,
  preferredPortal,
  orgIds = new Set(),
  customIds = new Set(),
  recentIds = [],
}: Props) {
  const [query, setQuery] = useState('');
  const matching = presets.filter((p) => p.id === selectedId || matchesQuery(p, query));
  const org = matching.filter((p) => orgIds.has(p.id));
  const recent = recentIds
    .map((id) => matching.find((p) => p.id === id && !orgIds.has(id)))
    .filter((p): p is Preset => p !== undefined);
  const shown = matching.filter((p) => !orgIds.has(p.id) && !recent.includes(p));
  const portalOf = (p: Preset) => portalsOf(p)[0]!;
  const portals = [...new Set(shown.map(portalOf))].sort((a, b) =>
    a === preferredPortal ? -1 : b === preferredPortal ? 1 : a.localeCompare(b),
  );
  return (
    <div class="field">
      <label for="preset-search">Search presets</label>
      <input
        id="preset-search"
        type="search"
        placeholder="Name or vendor"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <label for="preset">Preset</label>
      <select id="preset" value={selectedId} onChange={(e) => onSelect((e.target as HTMLSelectElement).value)}>
        <option value="">{matching.length ? 'Choose a preset…' : 'No preset matches the search'}</option>
        {org.length > 0 && (
          <optgroup label="Your organisation">
            {org.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.vendor}) · {portalsOf(p).join(', ')}
              </option>
            ))}
          </optgroup>
        )}
        {recent.length > 0 && (
          <optgroup label="Recently used">
            {recent.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.vendor}){partsOf(p).length > 1 ? ` · ${partsOf(p).length} integrations` : ''}
                {customIds.has(p.id) ? ' · custom' : ''}
              </option>
            ))}
          </optgroup>
        )}
        {portals.map((portal) => (
          <optgroup key={portal} label={portal}>
            {shown
              .filter((p) => portalOf(p) === portal)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.vendor}){partsOf(p).length > 1 ? ` · ${partsOf(p).length} integrations` : ''}
                  {customIds.has(p.id) ? ' · custom' : ''}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
