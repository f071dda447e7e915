/**
 * Chrome's offscreen document (reason CLIPBOARD): the long-lived home of the clipboard-clear
 * timer, since a service worker has no clipboard and a popup closes. Wiring only.
 */
import { ClearScheduler, documentClipboard } from '@/core/clipboard/clear-if-unchanged';
import type { ClipboardWorkerMessage } from '@/core/messages';

const scheduler = new ClearScheduler(documentClipboard(document), (outcome) => {
  void browser.runtime.sendMessage({
    type: 'webex-helper/clipboard-outcome',
    outcome,
  } satisfies ClipboardWorkerMessage);
});

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const msg = message as ClipboardWorkerMessage;
  if (sender.id !== browser.runtime.id) return undefined;
  if (msg?.type === 'webex-helper/clipboard-schedule') {
    scheduler.schedule(msg.sha256, msg.delayMs);
    return Promise.resolve(true);
  }
  if (msg?.type === 'webex-helper/clipboard-cancel') {
    scheduler.cancel();
    return Promise.resolve(true);
  }
  return undefined;
});
