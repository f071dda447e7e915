/**
 * What the options page shows and edits: the built-in presets, the organisation's (policy), the
 * user's own, the settings, and the scopes the portal was seen to offer. Loaded once; `refresh`
 * reads the user's presets again after a change.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EMPTY_LEARNED, type LearnedCatalog, loadLearned } from '@/core/catalog/learned';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { type CustomLoad, loadCustomPresets } from '@/core/presets/custom-store';
import { loadOrgPresets, NO_ORG, type OrgLoad } from '@/core/presets/managed';
import { shippedScopes, withLearned } from '@/core/presets/scope-rules';
import { loadSettings, type Settings } from '@/core/settings';

export const local = () => browser.storage.local;

export function usePresetStore() {
  const builtins = useMemo(() => loadBuiltinPresets().presets, []);
  const [org, setOrg] = useState<OrgLoad>(NO_ORG);
  const [custom, setCustom] = useState<CustomLoad>({ presets: [], broken: [] });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [learned, setLearned] = useState<LearnedCatalog>(EMPTY_LEARNED);
  const [learnedProblem, setLearnedProblem] = useState('');
  const refresh = () => void loadCustomPresets(local()).then(setCustom);
  useEffect(() => {
    // The policy read can hang on a fresh profile: the settings show at once, and again with the
    // organisation's defaults once it answers.
    void loadSettings(local(), {}).then((s) => setSettings((shown) => shown ?? s));
    void loadOrgPresets(browser.storage.managed).then((o) => {
      setOrg(o);
      void loadSettings(local(), o.defaults).then(setSettings);
    });
    refresh();
    void loadLearned(local()).then(({ catalog, problem }) => {
      setLearned(catalog);
      if (problem) setLearnedProblem(problem);
    });
  }, []);
  const known = useMemo(() => withLearned(shippedScopes(), learned), [learned]);
  const shownBuiltins = org.defaults.hideBuiltinPresets === true ? [] : builtins;
  /** Ids a preset of the user's may not take: the built-ins' and the organisation's. */
  const reservedIds = [...builtins.map((b) => b.id), ...org.presets.map((p) => p.id)];
  const takenIds = new Set([...reservedIds, ...custom.presets.map((p) => p.id)]);
  return {
    builtins,
    shownBuiltins,
    org,
    custom,
    settings,
    setSettings,
    learned,
    learnedProblem,
    known,
    reservedIds,
    takenIds,
    refresh,
  };
}

export type PresetStore = ReturnType<typeof usePresetStore>;
