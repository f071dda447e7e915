import { createClipboardWorker } from '@/core/clipboard/clipboard-worker';
import type { BackgroundRequest, ClipboardCopied, ClipboardStatus, ClipboardWorkerMessage } from '@/core/messages';
import {
  forgetCaptures,
  forgetTab,
  listCaptures,
  rememberApplied,
  rememberCapture,
} from '@/core/session/credentials-store';
import { loadOrgDefaults } from '@/core/presets/org-defaults';
import { loadSettings } from '@/core/settings';
import { isPortalUrl } from '@/core/tabs/pick-portal-tab';

const FORGET_ALARM = 'forget-expired-captures';
const CLIPBOARD_STATUS = 'clipboard';

type Incoming = BackgroundRequest | ClipboardCopied | ClipboardWorkerMessage;

/**
 * Wiring only. Keeps what content scripts report in storage.session (memory, never
 * storage.local), forgets captured credentials after the configured time, and hands clipboard
 * clears to a long-lived document.
 */
export default defineBackground({
  // Firefox: the background page owns the clipboard timer, so it must not be suspended.
  persistent: { firefox: true },
  main() {
    const session = browser.storage.session;
    const setClipboardStatus = (status: ClipboardStatus) => session.set({ [CLIPBOARD_STATUS]: status });
    /** What became of the last scheduled clear: told by Firefox's in-page timer or Chrome's offscreen document. */
    const recordOutcome = async (outcome: ClipboardStatus['outcome']) => {
      const current = (await session.get(CLIPBOARD_STATUS))[CLIPBOARD_STATUS] as ClipboardStatus | undefined;
      if (current) await setClipboardStatus({ ...current, outcome });
    };
    // The organisation's policy defaults, read once at start (Chromium's first managed read can
    // take seconds while its policy service starts) and again when the policy changes.
    let orgDefaults = loadOrgDefaults(browser.storage.managed);
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') orgDefaults = loadOrgDefaults(browser.storage.managed);
    });
    /** The user's settings over the organisation's policy defaults (if any). */
    const settings = async () => loadSettings(browser.storage.local, await orgDefaults);
    const worker = createClipboardWorker(browser.runtime, (outcome) => void recordOutcome(outcome));

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = message as Incoming;
      // Extension pages (popup, offscreen) by their URL; content scripts only from portal pages.
      const fromOwnPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
      const portalTabId = !fromOwnPage && isPortalUrl(sender.url) ? sender.tab?.id : undefined;

      if (msg?.type === 'webex-helper/applied' && portalTabId !== undefined) {
        return rememberApplied(session, portalTabId, msg.applied).then(() => true);
      }
      if (msg?.type === 'webex-helper/captured' && portalTabId !== undefined) {
        return settings().then(async ({ forgetAfterMinutes }) => {
          await rememberCapture(session, portalTabId, msg.credentials, forgetAfterMinutes * 60_000);
          await scheduleForget();
          return true;
        });
      }
      if (msg?.type === 'webex-helper/clipboard-copied' && fromOwnPage) {
        return settings().then(async ({ clipboardClearSeconds }) => {
          if (clipboardClearSeconds === 0) {
            await setClipboardStatus({ label: msg.label, clearAt: null, outcome: 'off' });
            return true;
          }
          const delayMs = clipboardClearSeconds * 1000;
          await setClipboardStatus({ label: msg.label, clearAt: Date.now() + delayMs, outcome: 'pending' });
          await worker.schedule(msg.sha256, delayMs);
          return true;
        });
      }
      if (msg?.type === 'webex-helper/clipboard-outcome' && fromOwnPage) {
        return recordOutcome(msg.outcome).then(() => true);
      }
      return undefined;
    });

    /** One alarm, at the earliest expiry of what is kept; reading the list drops what has expired. */
    const scheduleForget = async () => {
      const live = await listCaptures(session, Date.now());
      if (live.length === 0) {
        await forgetCaptures(session);
        await browser.alarms.clear(FORGET_ALARM);
        return;
      }
      browser.alarms.create(FORGET_ALARM, { when: Math.min(...live.map((r) => r.expiresAt)) });
    };
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === FORGET_ALARM) void scheduleForget();
    });
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(session, tabId));
  },
});
