import { useMemo, useState } from 'preact/hooks';
import { PORTALS } from '@/core/catalog/catalog';
import {
  asString,
  asStrings,
  editField,
  type FieldPath,
  getAt,
  integrationPaths,
  parseDraft,
  portalAt,
  problemsAt,
  problemsElsewhere,
  setScope,
} from '@/core/presets/edit-form';
import type { Problem } from '@/core/presets/problems';
import { validatePreset } from '@/core/presets/validate';
import { ScopePicker } from '../ScopePicker';
import { Icon } from '../ui/icons';
import type { PresetStore } from './use-preset-store';
import { EditorTabs } from './EditorTabs';
import { Field, LinesInput, ProblemList } from './fields';
import { ParametersTable } from './ParametersTable';

interface Props {
  store: PresetStore;
  text: string;
  setText: (text: string) => void;
  /** The problems of the last "Validate and save", shown in an alert (live ones are shown at each field). */
  saveProblems: Problem[] | null;
  onSave: () => void;
  onStartFrom: (id: string) => void;
  onLoadFile: (file: File | undefined) => void;
}

/**
 * The preset editor: a form (name, vendor, source, portal, parameters, each integration's fields
 * and scopes) and the JSON as an "Advanced" tab. Both edit the same text, so they stay in step;
 * every field shows the validator's live message for it.
 */
export function PresetEditor({ store, text, setText, saveProblems, onSave, onStartFrom, onLoadFile }: Props) {
  const [tab, setTab] = useState<'form' | 'json'>('form');
  const [part, setPart] = useState(0);
  const parsed = useMemo(() => parseDraft(text), [text]);
  const live = useMemo(() => {
    if (!parsed.ok) return { problems: [] as Problem[], warnings: [] as Problem[] };
    const r = validatePreset(parsed.doc, { known: store.known });
    return r.ok ? { problems: [], warnings: r.warnings ?? [] } : { problems: r.problems, warnings: [] };
  }, [parsed, store.known]);
  const problems = [...live.problems, ...live.warnings];

  const doc = parsed.ok ? parsed.doc : null;
  const parts = doc ? integrationPaths(doc) : [];
  const current = parts[Math.min(part, parts.length - 1)];
  const value = (path: FieldPath) => (doc ? asString(getAt(doc, path)) : '');
  const set = (path: FieldPath, v: unknown) => setText(editField(text, path, v));
  const shownPaths: FieldPath[] = [
    ['id'],
    ['name'],
    ['vendor'],
    ['source'],
    ['sourceUrl'],
    ['parameters'],
    ...parts.flatMap((p) => [
      p.portalPath,
      [...p.path, 'name'],
      [...p.path, 'description'],
      [...p.path, 'redirectUris'],
      [...p.path, 'scopes'],
    ]),
  ];
  const elsewhere = problemsElsewhere(problems, shownPaths);

  const textInput = (path: FieldPath, label: string, help?: string) => (
    <Field path={path} label={label} help={help} problems={problems}>
      {(aria) => (
        <input
          type="text"
          {...aria}
          value={value(path)}
          onInput={(e) => set(path, (e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );

  const form = doc ? (
    <div class="editor-form">
      {elsewhere.length > 0 && (
        <div class="callout warning" role="note">
          <p>Elsewhere in the preset (see the JSON):</p>
          <ProblemList problems={elsewhere} />
        </div>
      )}
      <fieldset>
        <legend>Preset</legend>
        <div class="field-row">
          {textInput(['name'], 'Name', 'As the popup lists it: vendor and what it connects.')}
          {textInput(['vendor'], 'Vendor')}
        </div>
        <div class="field-row">
          {textInput(['id'], 'ID', '2–64 lower-case letters, digits and dashes; new ID, new preset.')}
          {!Array.isArray(doc.integrations) && (
            <Field path={['portal']} label="Portal" problems={problems}>
              {(aria) => (
                <select
                  {...aria}
                  value={portalAt(doc, ['portal'])}
                  onChange={(e) => set(['portal'], (e.target as HTMLSelectElement).value)}
                >
                  {PORTALS.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        {textInput(['source'], 'Source', 'The vendor guide this preset comes from, by name.')}
        {textInput(['sourceUrl'], 'Source address (optional)')}
      </fieldset>

      <ParametersTable
        parameters={Array.isArray(doc.parameters) ? doc.parameters : []}
        problems={problemsAt(problems, ['parameters'])}
        onChange={(next) => set(['parameters'], next)}
      />

      {current && (
        <fieldset>
          <legend>{parts.length > 1 ? 'Integrations' : 'The integration'}</legend>
          {parts.length > 1 && (
            <div class="field">
              <label for="editor-part">Integration to edit</label>
              <select
                id="editor-part"
                value={String(part)}
                onChange={(e) => setPart(Number((e.target as HTMLSelectElement).value))}
              >
                {parts.map((p, i) => (
                  <option key={p.title} value={String(i)}>
                    {p.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          {textInput(
            [...current.path, 'name'],
            'Integration name',
            'As the portal shows it; {key} puts in a parameter.',
          )}
          <Field path={[...current.path, 'description']} label="Description" problems={problems}>
            {(aria) => (
              <textarea
                {...aria}
                rows={2}
                value={value([...current.path, 'description'])}
                onInput={(e) => set([...current.path, 'description'], (e.target as HTMLTextAreaElement).value)}
              />
            )}
          </Field>
          <Field
            path={[...current.path, 'redirectUris']}
            label="Redirect URIs"
            help="One per line, as the vendor’s guide gives them."
            problems={problems}
          >
            {(aria) => (
              <LinesInput
                {...aria}
                rows={2}
                value={asStrings(getAt(doc, [...current.path, 'redirectUris']))}
                onChange={(lines) => set([...current.path, 'redirectUris'], lines)}
              />
            )}
          </Field>
          <ScopePicker
            portal={portalAt(doc, current.portalPath)}
            learned={store.learned}
            selected={asStrings(getAt(doc, [...current.path, 'scopes']))}
            onToggle={(scope, on) => setText(setScope(text, current.path, scope, on))}
          />
          {problemsAt(problems, [...current.path, 'scopes']).map((p) => (
            <p key={`${p.path}${p.message}`} class="field-problem">
              <Icon name="alert" /> {p.path}: {p.message}
            </p>
          ))}
        </fieldset>
      )}
    </div>
  ) : (
    <p class="callout warning">
      {text.trim() === ''
        ? 'Start from a built-in preset or a file above, or write the JSON in the Advanced tab.'
        : `${(parsed as { message: string }).message} Fix it in the Advanced tab; the form shows the preset again once the JSON is valid.`}
    </p>
  );

  const json = (
    <>
      <label for="preset-json">Preset JSON</label>
      <textarea
        id="preset-json"
        class="code"
        rows={22}
        spellcheck={false}
        value={text}
        aria-invalid={saveProblems ? 'true' : 'false'}
        aria-describedby={saveProblems ? 'preset-problems' : undefined}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <p class="help">
        The form and this JSON are the same preset: a change in one shows in the other. The JSON Schema in the
        repository (scope-presets/preset.schema.json) lists every field.
      </p>
    </>
  );

  return (
    <section aria-labelledby="editor-title" class="card" id="editor">
      <h2 id="editor-title">Add or edit a preset</h2>
      <div class="field-row">
        <div class="field">
          <label for="start-from">Start from a built-in preset</label>
          <select id="start-from" value="" onChange={(e) => onStartFrom((e.target as HTMLSelectElement).value)}>
            <option value="">Choose…</option>
            {store.shownBuiltins.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="preset-file">Or load a JSON file</label>
          <input
            id="preset-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => onLoadFile((e.target as HTMLInputElement).files?.[0])}
          />
        </div>
      </div>
      <EditorTabs tab={tab} onTab={setTab} form={form} json={json} />
      <div class="actions">
        <button type="button" class="primary" disabled={text.trim() === ''} onClick={onSave}>
          <Icon name="check" />
          Validate and save
        </button>
        <span class="help">
          {!parsed.ok
            ? ''
            : live.problems.length > 0
              ? `${live.problems.length} problem${live.problems.length > 1 ? 's' : ''} to fix`
              : `Valid${live.warnings.length ? `, ${live.warnings.length} warning${live.warnings.length > 1 ? 's' : ''}` : ''}`}
        </span>
      </div>
      {saveProblems && (
        <div id="preset-problems" role="alert">
          <p class="error">The preset was not saved:</p>
          <ProblemList problems={saveProblems} />
        </div>
      )}
    </section>
  );
}
