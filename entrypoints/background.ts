import type { BackgroundRequest } from '@/core/messages';
import {
  forgetCaptures,
  forgetTab,
  listCaptures,
  rememberApplied,
  rememberCapture,
} from '@/core/session/credentials-store';

/** How long captured credentials stay before they are forgotten (settings may shorten it). */
const CAPTURE_TTL_MS = 60 * 60 * 1000;
const FORGET_ALARM = 'forget-expired-captures';

/** Wiring only: keeps what content scripts report in storage.session, never storage.local. */
export default defineBackground(() => {
  const area = browser.storage.session;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts, running in a portal tab, may report.
    if (sender.id !== browser.runtime.id || !sender.tab?.id) return undefined;
    const msg = message as BackgroundRequest;
    const tabId = sender.tab.id;
    if (msg?.type === 'webex-helper/applied') return rememberApplied(area, tabId, msg.applied).then(() => true);
    if (msg?.type === 'webex-helper/captured') {
      return rememberCapture(area, tabId, msg.credentials, CAPTURE_TTL_MS).then(() => {
        browser.alarms.create(FORGET_ALARM, { delayInMinutes: CAPTURE_TTL_MS / 60_000 });
        return true;
      });
    }
    return undefined;
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== FORGET_ALARM) return;
    const live = await listCaptures(area, Date.now());
    if (live.length === 0) await forgetCaptures(area);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(area, tabId));
});
