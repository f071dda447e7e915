/**
 * Where the clear timer lives. Chrome (MV3): an offscreen document, created on demand.
 * Firefox: the background page itself, which has a DOM and is kept persistent for this.
 */
import type { ClipboardWorkerMessage } from '../messages';
import { ClearScheduler, type ClearOutcome, documentClipboard } from './clear-if-unchanged';

interface OffscreenApi {
  hasDocument?: () => Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

export interface ClipboardWorker {
  /** Resolves once the clear is really scheduled; rejects if it could not be. */
  schedule(sha256: string, delayMs: number): Promise<void>;
  /** Drops a pending clear (a newer copy with clearing off must not be cleared by an older timer). */
  cancel(): Promise<void>;
}

export function createClipboardWorker(
  runtime: { getURL(path: string): string; sendMessage(m: unknown): Promise<unknown> },
  onOutcome: (outcome: ClearOutcome) => void,
): ClipboardWorker {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) {
    const scheduler = new ClearScheduler(documentClipboard(document), onOutcome);
    return {
      schedule: async (sha256, delayMs) => scheduler.schedule(sha256, delayMs),
      cancel: async () => scheduler.cancel(),
    };
  }
  let creating: Promise<void> | null = null;
  const ensure = async () => {
    if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
    creating ??= offscreen
      .createDocument({
        url: runtime.getURL('/offscreen.html'),
        reasons: ['CLIPBOARD'],
        justification: 'Clear a copied client secret from the clipboard after a delay, if it is still there.',
      })
      .catch((error: Error) => {
        if (!/single offscreen/i.test(error.message)) throw error;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return {
    async schedule(sha256, delayMs) {
      await ensure();
      const message: ClipboardWorkerMessage = {
        type: 'webex-helper/clipboard-schedule',
        target: 'clipboard-worker',
        sha256,
        delayMs,
      };
      if ((await runtime.sendMessage(message)) !== true) throw new Error('the clipboard timer did not answer');
    },
    async cancel() {
      // No document, no timer: nothing to cancel.
      if (offscreen.hasDocument && !(await offscreen.hasDocument())) return;
      const message: ClipboardWorkerMessage = { type: 'webex-helper/clipboard-cancel', target: 'clipboard-worker' };
      await runtime.sendMessage(message).catch(() => undefined);
    },
  };
}
