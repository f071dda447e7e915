import { useEffect, useState } from 'preact/hooks';
import type { ClipboardStatus } from '@/core/messages';

/** What the toast says about the clipboard; the timer itself lives in the background. */
export function clipboardText(status: ClipboardStatus, now: number): string {
  return {
    pending: `Copied ${status.label} · clears in ${Math.max(0, Math.ceil(((status.clearAt ?? now) - now) / 1000))} s`,
    cleared: `Clipboard cleared (it held ${status.label}).`,
    changed: 'Clipboard left alone: it holds something you copied since.',
    unreadable: 'The clipboard could not be read, so it was not cleared. Clear it yourself.',
    off: `Copied ${status.label}. Automatic clearing is off (Settings).`,
  }[status.outcome];
}

/** "Copied Client Secret · clears in 27 s", ticking, at the bottom of the page; then what happened. */
export function Toast({ status, now: initialNow }: { status: ClipboardStatus | null; now?: number }) {
  const [now, setNow] = useState(initialNow ?? Date.now());
  useEffect(() => {
    if (status?.outcome !== 'pending') return undefined;
    if (initialNow === undefined) setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [status]);
  return (
    <div role="status" aria-live="polite">
      {status && <p class={status.outcome === 'unreadable' ? 'toast error' : 'toast'}>{clipboardText(status, now)}</p>}
    </div>
  );
}
