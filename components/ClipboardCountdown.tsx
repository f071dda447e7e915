import { useEffect, useState } from 'preact/hooks';
import type { ClipboardStatus } from '@/core/messages';

/** "Clipboard clears in 27 s", ticking; then what happened. The timer itself lives in the background. */
export function ClipboardCountdown({ status, now: initialNow }: { status: ClipboardStatus | null; now?: number }) {
  const [now, setNow] = useState(initialNow ?? Date.now());
  useEffect(() => {
    if (status?.outcome !== 'pending') return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [status]);
  if (!status) return null;
  const text = {
    pending: `Copied ${status.label}. Clipboard clears in ${Math.max(0, Math.ceil(((status.clearAt ?? now) - now) / 1000))} s.`,
    cleared: `Clipboard cleared (it held ${status.label}).`,
    changed: 'Clipboard left alone: it holds something you copied since.',
    unreadable: 'The clipboard could not be read, so it was not cleared. Clear it yourself.',
    off: `Copied ${status.label}. Automatic clearing is off (Settings).`,
  }[status.outcome];
  return <p class="countdown">{text}</p>;
}
