/**
 * Clears the clipboard after a delay, but only if it still holds what we copied: the user may
 * have copied something of their own since. Runs in a long-lived extension document (Chrome's
 * offscreen document, Firefox's background page): a popup closes, and MV3 alarms fire no sooner
 * than 30 s in a packed build. Only a SHA-256 of the copied text is kept, never the text.
 */

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the clipboard's text through a paste event (needs the clipboardRead permission). */
export function readClipboardText(doc: Document): string | null {
  let text: string | null = null;
  const onPaste = (e: ClipboardEvent) => {
    text = e.clipboardData?.getData('text/plain') ?? null;
    e.preventDefault();
  };
  const sink = doc.createElement('textarea');
  doc.body.append(sink);
  sink.focus();
  doc.addEventListener('paste', onPaste);
  try {
    doc.execCommand('paste');
  } finally {
    doc.removeEventListener('paste', onPaste);
    sink.remove();
  }
  return text;
}

/** Writes text through a copy event (needs the clipboardWrite permission); '' empties it. */
export function writeClipboardText(doc: Document, text: string): boolean {
  let written = false;
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy);
  try {
    doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
  return written;
}

export type ClearOutcome = 'cleared' | 'changed' | 'unreadable';

export interface ClipboardIo {
  read: () => string | null;
  write: (text: string) => boolean;
}

export async function clearIfUnchanged(io: ClipboardIo, expectedHash: string): Promise<ClearOutcome> {
  const current = io.read();
  if (current === null) return 'unreadable';
  if ((await sha256Hex(current)) !== expectedHash) return 'changed';
  return io.write('') ? 'cleared' : 'unreadable';
}

/** One pending clear at a time: a newer copy replaces the older schedule. */
export class ClearScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly io: ClipboardIo,
    private readonly onDone: (outcome: ClearOutcome) => void = () => {},
  ) {}

  schedule(expectedHash: string, delayMs: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void clearIfUnchanged(this.io, expectedHash).then(this.onDone);
    }, delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export function documentClipboard(doc: Document): ClipboardIo {
  return { read: () => readClipboardText(doc), write: (text) => writeClipboardText(doc, text) };
}
