import { useEffect, useState } from 'preact/hooks';
import { saveCustomPreset } from '@/core/presets/custom-store';
import { DRAFT_KEY } from '@/core/presets/draft';
import { serialize } from '@/core/presets/edit-form';
import { duplicateDraft } from '@/core/presets/library';
import { type Problem, problemsText } from '@/core/presets/problems';
import type { Preset } from '@/core/presets/schema';
import { GuideImport } from '../GuideImport';
import { Icon } from '../ui/icons';
import { ImportPresets } from './ImportPresets';
import { PresetEditor } from './PresetEditor';
import { PresetList } from './PresetList';
import { ReportProblem } from './ReportProblem';
import { SettingsSection } from './SettingsSection';
import { local, usePresetStore } from './use-preset-store';

const SECTIONS: [string, string][] = [
  ['presets', 'Presets'],
  ['editor', 'Add or edit'],
  ['from-guide', 'From a vendor guide'],
  ['import', 'Import'],
  ['settings', 'Settings'],
  ['report', 'Report a problem'],
];

/** The options page: the presets (searchable, marked), the editor, the guide import, import, settings. */
export function OptionsApp() {
  const store = usePresetStore();
  const [text, setText] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [saveProblems, setSaveProblems] = useState<Problem[] | null>(null);
  const [message, setMessage] = useState('');

  const toEditor = (doc: unknown, note: string, id: string | null = null) => {
    setText(serialize(doc as Record<string, unknown>));
    setEditingId(id);
    setSaveProblems(null);
    setMessage(note);
    document.getElementById('editor')?.scrollIntoView();
  };
  const duplicate = (preset: Preset) =>
    toEditor(
      duplicateDraft(preset, store.takenIds),
      `“${preset.name}” copied into the editor as a new preset: change it, then Validate and save.`,
    );

  useEffect(() => {
    // "Make a preset from this page" leaves its draft in session storage and opens #draft.
    if (location.hash !== '#draft') return;
    void browser.storage.session.get(DRAFT_KEY).then(async (r) => {
      if (!r[DRAFT_KEY]) return;
      await browser.storage.session.remove(DRAFT_KEY);
      toEditor(
        r[DRAFT_KEY],
        'A draft from the portal page is in the editor: add the vendor, the source and any parameters, then Validate and save.',
      );
    });
  }, []);

  const save = async () => {
    setMessage('');
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      setSaveProblems([{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
      return;
    }
    const r = await saveCustomPreset(local(), doc, store.reservedIds, { known: store.known });
    if (!r.ok) {
      setSaveProblems(r.problems); // the text stays in the editor: nothing the user typed is lost
      return;
    }
    setSaveProblems(null);
    setText('');
    setEditingId(null);
    const warned = r.warnings?.length
      ? ` Warnings: ${r.warnings.map((w) => `${w.path}: ${w.message}`).join('; ')}.`
      : '';
    setMessage(`Saved “${r.value.name}”. It is now in the popup's preset list.${warned}`);
    store.refresh();
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 2_500_000) {
      setSaveProblems([
        { path: '', message: `${file.name} is ${Math.round(file.size / 1e6)} MB; a preset is at most 2.5 MB` },
      ]);
      return;
    }
    setText(await file.text());
    setEditingId(null);
    setSaveProblems(null);
  };

  const startFrom = (id: string) => {
    const base = store.builtins.find((b) => b.id === id);
    if (base) toEditor({ ...base, id: `${base.id}-custom`, name: `${base.name} (custom)` }, '');
  };

  /** A draft from a guide, saved as the user's preset (validated again; nothing else in the store changes). */
  const saveFromGuide = async (doc: Record<string, unknown>) => {
    const r = await saveCustomPreset(local(), doc, store.reservedIds, { known: store.known });
    if (!r.ok)
      return {
        ok: false as const,
        message: problemsText(r.problems),
      };
    store.refresh();
    return { ok: true as const, preset: r.value };
  };

  return (
    <div class="options-page">
      <header class="page-head">
        <Icon name="shield" />
        <h1>Webex Integration Helper: settings and presets</h1>
      </header>
      <nav aria-label="On this page" class="toc">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      <main>
        {store.learnedProblem && <p class="callout warning">Note: {store.learnedProblem}.</p>}
        <p role="status" class="page-status">
          {message}
        </p>
        <PresetList
          store={store}
          editingId={editingId}
          onDuplicate={duplicate}
          onEdit={(p) => toEditor(p, `Editing “${p.name}”: Validate and save replaces it.`, p.id)}
          onMessage={setMessage}
        />
        <PresetEditor
          store={store}
          text={text}
          setText={setText}
          saveProblems={saveProblems}
          onSave={() => void save()}
          onStartFrom={startFrom}
          onLoadFile={(f) => void loadFile(f)}
        />
        <GuideImport known={store.known} takenIds={store.takenIds} save={saveFromGuide} />
        <ImportPresets store={store} onMessage={setMessage} />
        <SettingsSection
          settings={store.settings}
          onSaved={(next) => {
            store.setSettings(next);
            setMessage('Settings saved.');
          }}
        />
        <ReportProblem />
      </main>
    </div>
  );
}
