import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import {
  type CustomLoad,
  deleteCustomPreset,
  discardUnreadable,
  loadCustomPresets,
  saveCustomPreset,
  saveCustomPresets,
} from '@/core/presets/custom-store';
import { DRAFT_KEY } from '@/core/presets/draft';
import { duplicateDraft, type ImportPlan, planImport } from '@/core/presets/library';
import { loadOrgPresets, NO_ORG, type OrgLoad } from '@/core/presets/managed';
import { readScopes, toggleScope } from '@/core/presets/edit-scopes';
import type { Preset } from '@/core/presets/schema';
import type { Problem } from '@/core/presets/problems';
import { PORTAL_MATCHES } from '@/core/portal/knowledge';
import { copyPageOutline } from './copy-page-outline';
import { downloadJson } from './download';
import { presetSummary } from '@/core/presets/parts';
import { EMPTY_LEARNED, type LearnedCatalog, loadLearned } from '@/core/catalog/learned';
import { shippedScopes, withLearned } from '@/core/presets/scope-rules';
import { CredentialUseView } from './CredentialUseView';
import { ScopePicker } from './ScopePicker';
import { GuideImport } from './GuideImport';
import {
  CLIPBOARD_CLEAR_CHOICES,
  FORGET_AFTER_CHOICES,
  loadSettings,
  type Settings,
  saveSettings,
} from '@/core/settings';

const local = () => browser.storage.local;

const download = (preset: Preset) => downloadJson(`${preset.id}.json`, preset);

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

/** Settings, and custom presets: paste or load a JSON file, validate with precise messages, save, export, delete. */
export function OptionsApp() {
  const builtins = useMemo(() => loadBuiltinPresets().presets, []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [custom, setCustom] = useState<CustomLoad>({ presets: [], broken: [] });
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [message, setMessage] = useState('');
  const [outlineStatus, setOutlineStatus] = useState('');
  const [org, setOrg] = useState<OrgLoad>(NO_ORG);
  const [importText, setImportText] = useState('');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const reservedIds = [...builtins.map((b) => b.id), ...org.presets.map((p) => p.id)];
  /** What the portal was seen to offer: known scopes for validation, and the picker's descriptions. */
  const [learned, setLearned] = useState<LearnedCatalog>(EMPTY_LEARNED);
  const [learnedProblem, setLearnedProblem] = useState('');
  const known = useMemo(() => withLearned(shippedScopes(), learned), [learned]);

  const previewImport = () => {
    let data: unknown;
    try {
      data = JSON.parse(importText);
    } catch (error) {
      setPlan({
        added: [],
        replaced: [],
        rejected: [
          { label: '(file)', problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] },
        ],
      });
      return;
    }
    setPlan(planImport(data, custom.presets, reservedIds, [...builtins, ...org.presets], { known }));
  };
  const confirmImport = async () => {
    if (!plan) return;
    const saved = await saveCustomPresets(local(), [...plan.added, ...plan.replaced]);
    if (!saved.ok) {
      // Nothing changed: the preview stays, so the user can trim it and try again.
      setMessage(`Import ${saved.problems[0]!.message}.`);
      return;
    }
    setMessage(
      `Imported: ${plan.added.length} added, ${plan.replaced.length} replaced, ${plan.rejected.length} rejected.`,
    );
    setPlan(null);
    setImportText('');
    refresh();
  };
  const duplicate = (preset: Preset) => {
    const taken = new Set([...reservedIds, ...custom.presets.map((p) => p.id)]);
    setText(`${JSON.stringify(duplicateDraft(preset, taken), null, 2)}\n`);
    setProblems(null);
    setMessage(`“${preset.name}” copied into the editor below as a new preset: change it, then Validate and save.`);
  };

  /** The most recently used portal tab's outline, without a fill to go with it. */
  const outlineFromPortalTab = async () => {
    const tabs = await browser.tabs.query({ url: PORTAL_MATCHES });
    const tab = [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (!tab?.id || !tab.url) {
      setOutlineStatus('No Webex developer portal tab is open: open the page the problem is on, then try again.');
      return;
    }
    try {
      setOutlineStatus(
        await copyPageOutline(tab.id, {
          version: browser.runtime.getManifest().version,
          host: new URL(tab.url).host,
          date: new Date().toISOString(),
        }),
      );
    } catch (error) {
      setOutlineStatus(
        `Could not make the page outline (${(error as Error).message}). Reload the portal tab and try again.`,
      );
    }
  };

  const picked = useMemo(() => readScopes(text), [text]);
  const takenIds = useMemo(
    () => new Set([...reservedIds, ...custom.presets.map((p) => p.id)]),
    [custom, org, builtins],
  );
  /** A draft from a guide, saved as a custom preset (validated again; nothing else in the store changes). */
  const saveFromGuide = async (doc: Record<string, unknown>) => {
    const r = await saveCustomPreset(local(), doc, reservedIds, { known });
    if (!r.ok)
      return {
        ok: false as const,
        message: r.problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; '),
      };
    refresh();
    return { ok: true as const, preset: r.value };
  };
  const refresh = () => void loadCustomPresets(local()).then(setCustom);
  useEffect(() => {
    void loadOrgPresets(browser.storage.managed).then((o) => {
      setOrg(o);
      void loadSettings(local(), o.defaults).then(setSettings);
    });
    refresh();
    void loadLearned(local()).then(({ catalog, problem }) => {
      setLearned(catalog);
      if (problem) setLearnedProblem(problem);
    });
    // "Make a preset from this page" leaves its draft in session storage and opens #draft.
    if (location.hash === '#draft') {
      void browser.storage.session.get(DRAFT_KEY).then(async (r) => {
        if (!r[DRAFT_KEY]) return;
        setText(`${JSON.stringify(r[DRAFT_KEY], null, 2)}\n`);
        await browser.storage.session.remove(DRAFT_KEY);
        setMessage(
          'A draft from the portal page is in the editor: add the vendor, the source and any parameters, then Validate and save.',
        );
      });
    }
  }, []);

  const updateSettings = (patch: Partial<Settings>) => {
    if (!settings) return;
    const next = { ...settings, ...patch };
    setSettings(next);
    void saveSettings(local(), next).then(() => setMessage('Settings saved.'));
  };

  const save = async () => {
    setMessage('');
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      setProblems([{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
      return;
    }
    const r = await saveCustomPreset(local(), doc, reservedIds, { known });
    if (!r.ok) {
      setProblems(r.problems); // the text stays in the box: nothing the user typed is lost
      return;
    }
    setProblems(null);
    setText('');
    const warned = r.warnings?.length
      ? ` Warnings: ${r.warnings.map((w) => `${w.path}: ${w.message}`).join('; ')}.`
      : '';
    setMessage(`Saved “${r.value.name}”. It is now in the popup's preset list.${warned}`);
    refresh();
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 2_500_000) {
      setProblems([
        { path: '', message: `${file.name} is ${Math.round(file.size / 1e6)} MB; a preset is at most 2.5 MB` },
      ]);
      return;
    }
    setText(await file.text());
    setProblems(null);
  };

  const startFrom = (id: string) => {
    const base = builtins.find((b) => b.id === id);
    if (!base) return;
    setText(`${JSON.stringify({ ...base, id: `${base.id}-custom`, name: `${base.name} (custom)` }, null, 2)}\n`);
    setProblems(null);
  };

  return (
    <main>
      <h1>Webex Integration Helper: settings and presets</h1>
      {learnedProblem && <p class="warning">Note: {learnedProblem}.</p>}
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        {settings && (
          <>
            <label for="clear-after">Clear the clipboard after copying</label>
            <select
              id="clear-after"
              value={String(settings.clipboardClearSeconds)}
              onChange={(e) =>
                updateSettings({
                  clipboardClearSeconds: Number(
                    (e.target as HTMLSelectElement).value,
                  ) as Settings['clipboardClearSeconds'],
                })
              }
            >
              {CLIPBOARD_CLEAR_CHOICES.map((s) => (
                <option key={s} value={String(s)}>
                  {s === 0 ? 'Never' : `${s} seconds`}
                </option>
              ))}
            </select>
            <label for="forget-after">Forget captured credentials after</label>
            <select
              id="forget-after"
              value={String(settings.forgetAfterMinutes)}
              onChange={(e) =>
                updateSettings({
                  forgetAfterMinutes: Number((e.target as HTMLSelectElement).value) as Settings['forgetAfterMinutes'],
                })
              }
            >
              {FORGET_AFTER_CHOICES.map((m) => (
                <option key={m} value={String(m)}>
                  {m < 60 ? `${m} minutes` : `${m / 60} hour${m > 60 ? 's' : ''}`}
                </option>
              ))}
            </select>
            <p class="help">Captured credentials are always forgotten when the browser closes.</p>
          </>
        )}
      </section>

      {(org.presets.length > 0 || org.broken.length > 0) && (
        <section aria-labelledby="org-title">
          <h2 id="org-title">Your organisation</h2>
          <p class="help">Set by your organisation’s browser policy: read-only here. Duplicate one to change a copy.</p>
          {org.defaultsProblem && <p class="error">{org.defaultsProblem}.</p>}
          <ul class="preset-list" aria-label="Organisation presets">
            {org.presets.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> ({p.vendor}) · {presetSummary(p)}{' '}
                <button type="button" onClick={() => duplicate(p)}>
                  Duplicate {p.name}
                </button>
              </li>
            ))}
            {org.broken.map((b) => (
              <li key={`broken-${b.index}`} class="error">
                {b.id}: invalid, not offered (
                {b.problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')})
              </li>
            ))}
          </ul>
        </section>
      )}

      {org.defaults.hideBuiltinPresets !== true && (
        <section aria-labelledby="builtin-title">
          <h2 id="builtin-title">Built-in presets</h2>
          <ul class="preset-list" aria-label="Built-in presets">
            {builtins.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> ({p.vendor}) · {presetSummary(p)}{' '}
                <button type="button" onClick={() => duplicate(p)}>
                  Duplicate {p.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <GuideImport known={known} takenIds={takenIds} save={saveFromGuide} />

      <section aria-labelledby="custom-title">
        <h2 id="custom-title">Custom presets</h2>
        {custom.presets.length === 0 && custom.broken.length === 0 && <p class="help">None yet.</p>}
        {custom.newerStore !== undefined && (
          <p class="error">
            These presets were stored by a newer version of the extension (store version {custom.newerStore}): they are
            shown, but not changed, until you update the extension.
          </p>
        )}
        {custom.presets.length > 0 && (
          <button type="button" onClick={() => downloadJson('webex-presets.json', custom.presets)}>
            Export all
          </button>
        )}
        <ul class="preset-list">
          {custom.presets.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> ({p.vendor}) · {presetSummary(p)}{' '}
              <button type="button" onClick={() => download(p)}>
                Export {p.name}
              </button>
              <button
                type="button"
                onClick={() =>
                  void deleteCustomPreset(local(), p.id).then((r) => {
                    if (!r.ok) setMessage(`Delete ${r.problems[0]!.message}.`);
                    refresh();
                  })
                }
              >
                Delete {p.name}
              </button>
            </li>
          ))}
          {custom.broken.map((b) => (
            <li key={b.index} class="error">
              Needs repair: {b.id} ({b.problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')}){' '}
              <button
                type="button"
                onClick={() => downloadJson(`needs-repair-${b.index < 0 ? 'store' : b.index + 1}.json`, b.raw)}
              >
                Download {b.id} as JSON
              </button>
              <button
                type="button"
                onClick={() =>
                  void (b.index < 0 ? discardUnreadable(local()) : deleteCustomPreset(local(), b.id)).then(refresh)
                }
              >
                Delete {b.id}
              </button>
            </li>
          ))}
        </ul>

        <h3>Import presets</h3>
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
            if (refused) {
              setPlan({ added: [], replaced: [], rejected: [{ label: file.name, problems: [refused] }] });
              return;
            }
            void file.text().then((t) => {
              setImportText(t);
              setPlan(null);
            });
          }}
        />
        <label for="import-json">Or paste presets to import</label>
        <textarea
          id="import-json"
          rows={4}
          spellcheck={false}
          value={importText}
          onInput={(e) => {
            setImportText((e.target as HTMLTextAreaElement).value);
            setPlan(null);
          }}
        />
        <button type="button" disabled={importText.trim() === ''} onClick={previewImport}>
          Preview import
        </button>
        {plan && (
          <div class="import-plan" aria-label="Import preview" role="region">
            <ul class="preset-list">
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
                  Rejected: {r.label}: {r.problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')}
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="primary"
              disabled={plan.added.length + plan.replaced.length === 0}
              onClick={() => void confirmImport()}
            >
              Confirm import
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              Cancel
            </button>
          </div>
        )}

        <h3>Add or replace a preset</h3>
        <label for="start-from">Start from a built-in preset</label>
        <select id="start-from" value="" onChange={(e) => startFrom((e.target as HTMLSelectElement).value)}>
          <option value="">Choose…</option>
          {(org.defaults.hideBuiltinPresets === true ? [] : builtins).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <label for="preset-file">Or load a JSON file</label>
        <input
          id="preset-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void loadFile((e.target as HTMLInputElement).files?.[0])}
        />
        <label for="preset-json">Preset JSON</label>
        <textarea
          id="preset-json"
          rows={18}
          spellcheck={false}
          value={text}
          aria-invalid={problems ? 'true' : 'false'}
          aria-describedby={problems ? 'preset-problems' : undefined}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        {picked ? (
          <ScopePicker
            portal={picked.portal}
            learned={learned}
            selected={picked.scopes}
            onToggle={(scope, on) => setText(toggleScope(text, scope, on))}
          />
        ) : (
          text.trim() !== '' && <p class="help">The scope picker appears while the text above is a JSON object.</p>
        )}
        <button type="button" class="primary" disabled={text.trim() === ''} onClick={() => void save()}>
          Validate and save
        </button>
        {problems && (
          <div id="preset-problems" role="alert">
            <p class="error">The preset was not saved:</p>
            <ul class="problems">
              {problems.map((p) => (
                <li key={`${p.path}${p.message}`}>
                  <code>{p.path || '(document)'}</code>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <p role="status">{message}</p>
      <section aria-labelledby="report-title">
        <h2 id="report-title">Report a problem</h2>
        <p class="help">
          If a fill missed something the portal shows, open the portal page it was on, then copy its outline here (or
          from the popup, after the fill) and attach it to a new issue. The outline is the form’s structure and texts:
          no value you typed, no Client ID, secret or token, no name or email.
        </p>
        <button type="button" onClick={() => void outlineFromPortalTab()}>
          Copy page outline
        </button>
        <p role="status" aria-live="polite">
          {outlineStatus}
        </p>
      </section>
    </main>
  );
}
