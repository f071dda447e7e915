import { useState } from 'preact/hooks';
import { saveCustomPresets } from '@/core/presets/custom-store';
import { type ImportPlan, planImport } from '@/core/presets/library';
import { type Problem, problemsText } from '@/core/presets/problems';
import { CredentialUseView } from '../CredentialUseView';
import { type PresetStore, local } from './use-preset-store';

/** The import file input's cap: an import is read whole into the page before its preview. */
export const MAX_IMPORT_BYTES = 5_000_000;

export function importFileProblem(file: { name: string; size: number }): Problem | null {
  return file.size > MAX_IMPORT_BYTES
    ? {
        path: '',
        message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; an import is at most ${MAX_IMPORT_BYTES / 1e6} MB (export fewer presets, or leave out large icons)`,
      }
    : null;
}

/** One preset or a list, from a file or pasted: a preview of what changes, then Confirm or Cancel. */
export function ImportPresets({ store, onMessage }: { store: PresetStore; onMessage: (m: string) => void }) {
  const [text, setText] = useState('');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const rejectAll = (label: string, problem: Problem) =>
    setPlan({ added: [], replaced: [], rejected: [{ label, problems: [problem] }] });

  const preview = () => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      rejectAll('(file)', { path: '', message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    setPlan(
      planImport(data, store.custom.presets, store.reservedIds, [...store.builtins, ...store.org.presets], {
        known: store.known,
      }),
    );
  };
  const confirm = async () => {
    if (!plan) return;
    const saved = await saveCustomPresets(local(), [...plan.added, ...plan.replaced]);
    if (!saved.ok) {
      // Nothing changed: the preview stays, so the user can trim it and try again.
      onMessage(`Import ${saved.problems[0]!.message}.`);
      return;
    }
    onMessage(
      `Imported: ${plan.added.length} added, ${plan.replaced.length} replaced, ${plan.rejected.length} rejected.`,
    );
    setPlan(null);
    setText('');
    store.refresh();
  };

  return (
    <section aria-labelledby="import-title" class="card" id="import">
      <h2 id="import-title">Import presets</h2>
      <p class="help">
        One preset or a list, from a file or pasted. You see what it will change before anything is saved.
      </p>
      <label for="import-file">Import a JSON file</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (!file) return;
          const refused = importFileProblem(file);
          if (refused) return rejectAll(file.name, refused);
          void file.text().then((t) => {
            setText(t);
            setPlan(null);
          });
        }}
      />
      <label for="import-json">Or paste presets to import</label>
      <textarea
        id="import-json"
        class="code"
        rows={4}
        spellcheck={false}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setPlan(null);
        }}
      />
      <div class="actions">
        <button type="button" disabled={text.trim() === ''} onClick={preview}>
          Preview import
        </button>
      </div>
      {plan && (
        <div class="import-plan" aria-label="Import preview" role="region">
          <ul class="plain-list">
            {plan.added.map((a) => (
              <li key={`a-${a.id}`}>
                Added: {a.preset.name} ({a.id})
                <CredentialUseView use={a.use} nameOf={a.nameOf} newPreset />
                {a.warnings.map((w) => (
                  <p key={w.path} class="warning">
                    Warning: {w.path}: {w.message}
                  </p>
                ))}
              </li>
            ))}
            {plan.replaced.map((r) => (
              <li key={`r-${r.id}`}>
                Replaced: {r.preset.name} ({r.id})
                {r.scopesAdded.length > 0 && ` · scopes added: ${r.scopesAdded.join(', ')}`}
                {r.scopesRemoved.length > 0 && ` · scopes removed: ${r.scopesRemoved.join(', ')}`}
                {r.scopesAdded.length + r.scopesRemoved.length === 0 && ' · same scopes'}
                <CredentialUseView use={r.use} nameOf={r.nameOf} newPreset={false} />
              </li>
            ))}
            {plan.rejected.map((r) => (
              <li key={`x-${r.label}`} class="error">
                Rejected: {r.label}: {problemsText(r.problems)}
              </li>
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={plan.added.length + plan.replaced.length === 0}
              onClick={() => void confirm()}
            >
              Confirm import
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
