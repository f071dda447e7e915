import type { Problem } from '@/core/presets/problems';
import { IconButton } from '../ui/icons';

type Row = Record<string, unknown>;
const KINDS = ['url', 'email', 'text'] as const;

/**
 * The preset's parameters as a small table: key, label, kind, required, example. Other keys of a
 * parameter (pattern, help) stay as they are; they are edited in the JSON.
 */
export function ParametersTable({
  parameters,
  problems,
  onChange,
}: {
  parameters: unknown[];
  problems: Problem[];
  onChange: (next: unknown[]) => void;
}) {
  const rows = parameters.map((p) => (typeof p === 'object' && p !== null ? (p as Row) : {}));
  const update = (i: number, key: string, value: unknown) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const text = (i: number, key: string, label: string) => (
    <input
      type="text"
      aria-label={`Parameter ${i + 1} ${label}`}
      value={typeof rows[i]![key] === 'string' ? (rows[i]![key] as string) : ''}
      onInput={(e) => update(i, key, (e.target as HTMLInputElement).value)}
    />
  );
  return (
    <fieldset>
      <legend>Parameters</legend>
      <p class="help">
        Values the admin types when filling (a site’s address, a tenant): <code>{'{key}'}</code> puts one into a name,
        description or redirect URI.
      </p>
      {rows.length > 0 && (
        <table class="params">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Label</th>
              <th scope="col">Kind</th>
              <th scope="col">Required</th>
              <th scope="col">Example</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{text(i, 'key', 'key')}</td>
                <td>{text(i, 'label', 'label')}</td>
                <td>
                  <select
                    aria-label={`Parameter ${i + 1} kind`}
                    value={typeof r.kind === 'string' ? r.kind : 'text'}
                    onChange={(e) => update(i, 'kind', (e.target as HTMLSelectElement).value)}
                  >
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Parameter ${i + 1} required`}
                    checked={r.required !== false}
                    onChange={(e) => update(i, 'required', (e.target as HTMLInputElement).checked)}
                  />
                </td>
                <td>{text(i, 'example', 'example')}</td>
                <td>
                  <IconButton
                    icon="trash"
                    label={`Remove parameter ${i + 1}`}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.map((p) => (
        <p key={`${p.path}${p.message}`} class="field-problem">
          {p.path}: {p.message}
        </p>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...rows, { key: `value${rows.length + 1}`, label: 'Value', kind: 'text', required: true }])
        }
      >
        Add a parameter
      </button>
    </fieldset>
  );
}
