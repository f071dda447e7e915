import { useState } from 'preact/hooks';
import type { Portal } from '@/core/catalog/catalog';
import { EMPTY_LEARNED, type LearnedCatalog } from '@/core/catalog/learned';
import { pickerScopes } from '@/core/catalog/scope-list';

interface Props {
  portal: Portal;
  selected: readonly string[];
  onToggle: (scope: string, on: boolean) => void;
  /** What the portal was seen to offer: its own descriptions, and scopes newer than the catalog. */
  learned?: LearnedCatalog;
}

/**
 * The scopes of one portal (the shipped catalog and what the portal was seen to offer),
 * grouped by prefix, searchable by name or description, one checkbox per scope. A description that is the catalog's
 * guess is shown as such, muted, until the portal's own has been seen.
 */
/** Scopes grouped by what comes before the colon (spark, spark-admin, meeting…), in the catalog's order. */
export function groupByPrefix<T extends { scope: string }>(scopes: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const s of scopes) {
    const prefix = s.scope.includes(':') ? s.scope.slice(0, s.scope.indexOf(':')) : 'other';
    groups.set(prefix, [...(groups.get(prefix) ?? []), s]);
  }
  return [...groups];
}

export function ScopePicker({ portal, selected, onToggle, learned = EMPTY_LEARNED }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const scopes = pickerScopes(portal, learned).filter(
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
      {groupByPrefix(scopes).map(([prefix, group]) => (
        <div class="scope-group" role="group" aria-labelledby={`scope-group-${prefix}`} key={prefix}>
          <h3 id={`scope-group-${prefix}`} class="group-title">
            {prefix}{' '}
            <span class="count">
              ({group.filter((s) => selected.includes(s.scope)).length}/{group.length})
            </span>
          </h3>
          <ul>
            {group.map((s) => {
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
                  <span class={s.guessed ? 'help guessed' : 'help'} id={`${id}-desc`}>
                    {s.guessed ? `Guessed, not the portal’s words: ${s.description}` : s.description}
                    {s.seenOn ? ` · seen on the portal on ${s.seenOn}` : ''}
                    {s.disabled ? ' · disabled there' : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {scopes.length === 0 && <p class="help">No scope matches “{query}”.</p>}
    </fieldset>
  );
}
