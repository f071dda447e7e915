/** What the background keeps in session storage, live: the captured credentials and the clipboard's clear timer. */
import { useEffect, useState } from 'preact/hooks';
import type { ClipboardStatus } from '@/core/messages';
import { type CaptureRecord, listCaptures } from '@/core/session/credentials-store';

export function useSession(): {
  captures: CaptureRecord[] | undefined;
  clipboard: ClipboardStatus | null;
  reload: () => void;
} {
  const [captures, setCaptures] = useState<CaptureRecord[] | undefined>(undefined);
  const [clipboard, setClipboard] = useState<ClipboardStatus | null>(null);
  const reload = () => void listCaptures(browser.storage.session, Date.now()).then(setCaptures);
  useEffect(() => {
    reload();
    void browser.storage.session.get('clipboard').then((r) => setClipboard((r.clipboard as ClipboardStatus) ?? null));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      if (changes.clipboard) setClipboard((changes.clipboard.newValue as ClipboardStatus) ?? null);
      // Credentials captured (or forgotten) while the popup is open.
      if (changes.captures) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return { captures, clipboard, reload };
}
