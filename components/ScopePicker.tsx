import { useState } from 'preact/hooks';
import { type Portal, scopesFor } from '@/core/catalog/catalog';

interface Props {
  portal: Portal;
  selected: readonly string[];
  onToggle: (scope: string, on: boolean) => void;
}

/** The scope catalog for one portal, searchable by name or description, one checkbox per scope. */
export function ScopePicker({ portal, selected, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const scopes = scopesFor(portal).filter(
    (s) => q === '' || s.scope.toLowerCase().includes(q) || s.description.toLowerCase().includes(q),
  );
  return (
    <fieldset class="scope-picker">
      <legend>
        Scopes on {portal} ({selected.length} selected)
      </legend>
      <label for="scope-search">Search scopes</label>
      <input
        id="scope-search"
        type="search"
        placeholder="e.g. meeting or recordings"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <ul>
        {scopes.map((s) => {
          const id = `scope-option-${s.scope}`;
          return (
            <li key={s.scope}>
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(s.scope)}
                aria-describedby={`${id}-desc`}
                onChange={(e) => onToggle(s.scope, (e.target as HTMLInputElement).checked)}
              />
              <label for={id}>{s.scope}</label>
              <span class="help" id={`${id}-desc`}>
                {s.description}
              </span>
            </li>
          );
        })}
      </ul>
      {scopes.length === 0 && <p class="help">No scope matches “{query}”.</p>}
    </fieldset>
  );
}
