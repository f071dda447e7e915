import type { PresetPart } from '@/core/presets/parts';
import { partLabel } from '@/core/presets/parts';
import type { Preset } from '@/core/presets/schema';

/** A bundle's integrations, one to fill at a time; those created already are marked. */
export function PartChooser({
  parts,
  chosen,
  created,
  onChoose,
}: {
  parts: PresetPart[];
  chosen: string;
  created: ReadonlySet<string>;
  onChoose: (key: string) => void;
}) {
  return (
    <fieldset class="parts">
      <legend>This vendor needs {parts.length} integrations, created one after the other</legend>
      {parts.map((p) => (
        <label key={p.key} class="choice">
          <input type="radio" name="part" checked={p.key === chosen} onChange={() => onChoose(p.key)} /> {partLabel(p)}{' '}
          · {p.portal}
          {created.has(p.key) ? ' · created' : ''}
        </label>
      ))}
    </fieldset>
  );
}

/** The preset's feature groups as choices, each with the guide's reason and its scopes. */
export function FeatureChoices({
  part,
  chosen,
  onChange,
}: {
  part: PresetPart;
  chosen: ReadonlySet<string>;
  onChange: (groups: Set<string>) => void;
}) {
  const groups = part.integration.featureGroups ?? [];
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <fieldset class="features">
      <legend>Features (the fill ticks the scopes of those chosen)</legend>
      {groups.map((g) => {
        const id = `feature-${g.key}`;
        return (
          <div key={g.key} class="choice">
            <input
              id={id}
              type="checkbox"
              checked={chosen.has(g.key)}
              aria-describedby={`${id}-scopes`}
              onChange={(e) => toggle(g.key, (e.target as HTMLInputElement).checked)}
            />{' '}
            <label for={id}>{g.name}</label>
            <span class="help" id={`${id}-scopes`}>
              {' '}
              {g.reason ? `${g.reason}: ` : ''}
              {g.scopes.join(', ')}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Where the vendor's guide is wrong, and what the preset does instead. */
export function GuideCorrections({ corrections }: { corrections: NonNullable<Preset['corrections']> }) {
  return (
    <details class="corrections">
      <summary>Where the guide is wrong ({corrections.length})</summary>
      <ul>
        {corrections.map((c) => (
          <li key={c.asWritten}>
            The guide writes <code>{c.asWritten}</code>
            {c.correct ? (
              <>
                ; the preset uses <code>{c.correct}</code>
              </>
            ) : null}
            . {c.note}
          </li>
        ))}
      </ul>
    </details>
  );
}
