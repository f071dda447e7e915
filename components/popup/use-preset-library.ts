/** The presets the popup offers: the organisation's (by policy), the user's own, the built-in ones; and the recently used. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { mergeLibrary } from '@/core/presets/merge-library';
import { NO_ORG, type OrgLoad } from '@/core/presets/org-load';
import { CUSTOM_PRESETS_KEY } from '@/core/presets/store-keys';
import type { Preset } from '@/core/presets/schema';
import { LAST_PRESET, LAST_VALUES, RECENT_PRESETS, valuesByPreset } from '../fill-tab';

export interface PresetLibrary {
  presets: Preset[];
  builtins: Preset[];
  brokenBuiltins: Array<{ file: string }>;
  org: OrgLoad;
  orgIds: ReadonlySet<string>;
  customIds: ReadonlySet<string>;
  /** Most recent first. */
  recentIds: string[];
  /** The preset last filled or chosen ('' for none); undefined until read. */
  lastId: string | undefined;
  remember: (id: string) => void;
  /** The parameter values last filled with each preset (sites and names; never a secret). */
  lastValues: Readonly<Record<string, Record<string, string>>>;
  keepValues: (presetId: string, values: Record<string, string>) => void;
}

export function usePresetLibrary(): PresetLibrary {
  const { presets: builtins, broken } = useMemo(loadBuiltinPresets, []);
  const [custom, setCustom] = useState<Preset[]>([]);
  const [org, setOrg] = useState<OrgLoad>(NO_ORG);
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const [lastId, setLastId] = useState<string | undefined>(undefined);
  const [lastValues, setLastValues] = useState<Record<string, Record<string, string>>>({});
  useEffect(() => {
    // The validator (zod) loads only when there are presets to validate: the user's own, or the
    // organisation's. The popup shows once the user's are known (the last preset may be one).
    void browser.storage.local.get([LAST_PRESET, RECENT_PRESETS, LAST_VALUES, CUSTOM_PRESETS_KEY]).then(async (r) => {
      if (r[CUSTOM_PRESETS_KEY] !== undefined) {
        const { loadCustomPresets } = await import('@/core/presets/custom-store');
        setCustom((await loadCustomPresets(browser.storage.local)).presets);
      }
      setRecentIds(Array.isArray(r[RECENT_PRESETS]) ? (r[RECENT_PRESETS] as string[]) : []);
      setLastValues(valuesByPreset(r[LAST_VALUES]));
      setLastId((r[LAST_PRESET] as string) ?? '');
    });
    void browser.storage.managed
      ?.get(['presets', 'defaults'])
      .then(async (policy) => {
        if (policy.presets === undefined && policy.defaults === undefined) return;
        const { orgFromPolicy } = await import('@/core/presets/managed');
        setOrg(orgFromPolicy(policy));
      })
      .catch(() => undefined); // no policy storage (Firefox without policies): no organisation presets
  }, []);
  const presets = useMemo(
    () =>
      mergeLibrary(org.presets, custom, builtins, { hideBuiltins: org.defaults.hideBuiltinPresets === true }).map(
        (e) => e.preset,
      ),
    [builtins, custom, org],
  );
  const remember = (id: string) => {
    setLastId(id);
    const recent = [id, ...recentIds.filter((r) => r !== id)].slice(0, 5);
    setRecentIds(recent);
    void browser.storage.local.set({ [LAST_PRESET]: id, [RECENT_PRESETS]: recent });
  };
  return {
    presets,
    builtins,
    brokenBuiltins: broken,
    org,
    orgIds: useMemo(() => new Set(org.presets.map((p) => p.id)), [org]),
    customIds: useMemo(() => new Set(custom.map((p) => p.id)), [custom]),
    recentIds,
    lastId,
    remember,
    lastValues,
    keepValues: (presetId, values) => setLastValues({ ...lastValues, [presetId]: values }),
  };
}
