/** The presets the popup offers: the organisation's (by policy), the user's own, the built-in ones; and the recently used. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { loadCustomPresets } from '@/core/presets/custom-store';
import { mergeLibrary } from '@/core/presets/library';
import { loadOrgPresets, NO_ORG, type OrgLoad } from '@/core/presets/managed';
import type { Preset } from '@/core/presets/schema';
import { LAST_PRESET, RECENT_PRESETS } from '../fill-tab';

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
}

export function usePresetLibrary(): PresetLibrary {
  const { presets: builtins, broken } = useMemo(loadBuiltinPresets, []);
  const [custom, setCustom] = useState<Preset[]>([]);
  const [org, setOrg] = useState<OrgLoad>(NO_ORG);
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const [lastId, setLastId] = useState<string | undefined>(undefined);
  useEffect(() => {
    void loadCustomPresets(browser.storage.local).then((r) => setCustom(r.presets));
    void loadOrgPresets(browser.storage.managed).then(setOrg);
    void browser.storage.local.get([LAST_PRESET, RECENT_PRESETS]).then((r) => {
      setLastId((r[LAST_PRESET] as string) ?? '');
      setRecentIds(Array.isArray(r[RECENT_PRESETS]) ? (r[RECENT_PRESETS] as string[]) : []);
    });
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
  };
}
