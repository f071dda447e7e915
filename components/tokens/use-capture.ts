import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClipboardStatus } from '@/core/messages';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { loadCustomPresets } from '@/core/presets/custom-store';
import type { Preset } from '@/core/presets/schema';
import { type CaptureRecord, listCaptures } from '@/core/session/credentials-store';

/**
 * One captured integration (undefined while reading, null once forgotten or expired), every live
 * capture (a bundle's other integrations are among them), the preset that made it, and the
 * clipboard's state; read again whenever the session changes.
 */
export function useCapture(clientId: string) {
  const session = browser.storage.session;
  const [record, setRecord] = useState<CaptureRecord | null | undefined>(undefined);
  const [all, setAll] = useState<CaptureRecord[]>([]);
  const [custom, setCustom] = useState<Preset[]>([]);
  const [clipboard, setClipboard] = useState<ClipboardStatus | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const load = () =>
      listCaptures(session, Date.now()).then((list) => {
        setAll(list);
        setRecord(list.find((r) => r.credentials.clientId === clientId) ?? null);
        setNow(Date.now());
      });
    void load();
    void loadCustomPresets(browser.storage.local).then((r) => setCustom(r.presets));
    void session.get('clipboard').then((r) => setClipboard((r.clipboard as ClipboardStatus) ?? null));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      if (changes.captures) void load();
      if (changes.clipboard) setClipboard((changes.clipboard.newValue as ClipboardStatus) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [clientId]);
  const preset = useMemo(() => {
    const id = record?.applied?.presetId;
    return id ? ([...loadBuiltinPresets().presets, ...custom].find((p) => p.id === id) ?? null) : null;
  }, [record?.applied?.presetId, custom]);
  return { record, all, preset, clipboard, now, setNow };
}
