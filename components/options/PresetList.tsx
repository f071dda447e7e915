import { useState } from 'preact/hooks';
import { deleteCustomPreset, discardUnreadable } from '@/core/presets/custom-store';
import { presetSummary } from '@/core/presets/parts';
import { problemsText } from '@/core/presets/problems';
import type { Preset } from '@/core/presets/schema';
import { downloadJson } from '../download';
import { Icon } from '../ui/icons';
import { type PresetStore, local } from './use-preset-store';

interface Props {
  store: PresetStore;
  /** The user's preset being edited (its row is marked). */
  editingId: string | null;
  onDuplicate: (preset: Preset) => void;
  onEdit: (preset: Preset) => void;
  onMessage: (message: string) => void;
}

const matches = (p: Preset, q: string) => q === '' || `${p.name} ${p.vendor} ${p.id}`.toLowerCase().includes(q);

function Row({ preset, mark, children }: { preset: Preset; mark: string; children: preact.ComponentChildren }) {
  return (
    <li class="preset-row">
      <div class="preset-text">
        <strong>{preset.name}</strong> <span class={`tag ${mark === 'organisation' ? 'accent' : ''}`}>{mark}</span>
        <span class="help">
          {preset.vendor} · {presetSummary(preset)}
        </span>
      </div>
      <div class="row-actions">{children}</div>
    </li>
  );
}

const ExportButton = ({ preset }: { preset: Preset }) => (
  <button type="button" aria-label={`Export ${preset.name}`} onClick={() => downloadJson(`${preset.id}.json`, preset)}>
    <Icon name="download" />
    Export
  </button>
);

/** Every preset, searchable: the organisation's, the built-ins and the user's own, each marked. */
export function PresetList({ store, editingId, onDuplicate, onEdit, onMessage }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const { org, custom } = store;
  const orgShown = org.presets.filter((p) => matches(p, q));
  const builtinsShown = store.shownBuiltins.filter((p) => matches(p, q));
  const customShown = custom.presets.filter((p) => matches(p, q));
  const duplicate = (p: Preset) => (
    <button type="button" aria-label={`Duplicate ${p.name}`} onClick={() => onDuplicate(p)}>
      <Icon name="plus" />
      Duplicate
    </button>
  );

  return (
    <section aria-labelledby="presets-title" class="card" id="presets">
      <div class="card-head">
        <h2 id="presets-title">Presets</h2>
        {custom.presets.length > 0 && (
          <button type="button" onClick={() => downloadJson('webex-presets.json', custom.presets)}>
            <Icon name="download" />
            Export all
          </button>
        )}
      </div>
      <label for="preset-search" class="visually-hidden">
        Search presets
      </label>
      <div class="search">
        <Icon name="search" />
        <input
          id="preset-search"
          type="search"
          placeholder="Search presets by name or vendor"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>

      {(org.presets.length > 0 || org.broken.length > 0) && (
        <>
          <h3>Your organisation</h3>
          <p class="help">Set by your organisation’s browser policy: read-only here. Duplicate one to change a copy.</p>
          {org.defaultsProblem && <p class="error">{org.defaultsProblem}.</p>}
          <ul class="preset-list" aria-label="Organisation presets">
            {orgShown.map((p) => (
              <Row key={p.id} preset={p} mark="organisation">
                {duplicate(p)}
                <ExportButton preset={p} />
              </Row>
            ))}
            {org.broken.map((b) => (
              <li key={`broken-${b.index}`} class="error">
                {b.id}: invalid, not offered ({problemsText(b.problems)})
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Your presets</h3>
      {custom.presets.length === 0 && custom.broken.length === 0 && (
        <p class="help">None yet: duplicate a built-in, make one from a vendor guide, or write one below.</p>
      )}
      {custom.newerStore !== undefined && (
        <p class="error">
          These presets were stored by a newer version of the extension (store version {custom.newerStore}): they are
          shown, but not changed, until you update the extension.
        </p>
      )}
      <ul class="preset-list" aria-label="Your presets">
        {customShown.map((p) => (
          <Row key={p.id} preset={p} mark={p.id === editingId ? 'yours · editing' : 'yours'}>
            <button type="button" aria-label={`Edit ${p.name}`} onClick={() => onEdit(p)}>
              Edit
            </button>
            <ExportButton preset={p} />
            <button
              type="button"
              class="danger"
              aria-label={`Delete ${p.name}`}
              onClick={() =>
                void deleteCustomPreset(local(), p.id).then((r) => {
                  onMessage(r.ok ? `Deleted “${p.name}”.` : `Delete ${r.problems[0]!.message}.`);
                  store.refresh();
                })
              }
            >
              <Icon name="trash" />
              Delete
            </button>
          </Row>
        ))}
        {custom.broken.map((b) => (
          <li key={b.index} class="error">
            Needs repair: {b.id} ({problemsText(b.problems)}){' '}
            <button
              type="button"
              onClick={() => downloadJson(`needs-repair-${b.index < 0 ? 'store' : b.index + 1}.json`, b.raw)}
            >
              Download {b.id} as JSON
            </button>
            <button
              type="button"
              onClick={() =>
                void (b.index < 0 ? discardUnreadable(local()) : deleteCustomPreset(local(), b.id)).then(store.refresh)
              }
            >
              Delete {b.id}
            </button>
          </li>
        ))}
      </ul>

      {store.shownBuiltins.length > 0 && (
        <>
          <h3>Built-in presets</h3>
          <ul class="preset-list" aria-label="Built-in presets">
            {builtinsShown.map((p) => (
              <Row key={p.id} preset={p} mark="built-in">
                {duplicate(p)}
                <ExportButton preset={p} />
              </Row>
            ))}
          </ul>
        </>
      )}
      {q !== '' && orgShown.length + builtinsShown.length + customShown.length === 0 && (
        <p class="help">No preset matches “{query}”.</p>
      )}
    </section>
  );
}
