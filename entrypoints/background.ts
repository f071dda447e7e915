import { createClipboardWorker } from '@/core/clipboard/clipboard-worker';
import type { BackgroundRequest, ClipboardCopied, ClipboardStatus, ClipboardWorkerMessage } from '@/core/messages';
import {
  forgetCaptures,
  forgetTab,
  listCaptures,
  rememberApplied,
  rememberCapture,
  setExpiry,
} from '@/core/session/credentials-store';
import { recordOffered } from '@/core/catalog/learned';
import { GUIDE_HASH, GUIDE_INBOX_KEY, GUIDE_MENU_ID, GUIDE_MENU_TITLE, inboxFromClick } from '@/core/guide/inbox';
import { loadOrgDefaults, type OrgDefaults } from '@/core/presets/org-defaults';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '@/core/settings';
import { isPortalUrl } from '@/core/tabs/pick-portal-tab';
import { withTimeout } from '@/core/util/bounded';
import { BADGE_TITLE, BADGED_TABS, badgeChanges } from '@/core/session/badge';
import { loadBuiltinPresets } from '@/core/presets/builtin';
import { loadCustomPresets } from '@/core/presets/custom-store';
import { loadOrgPresets, NO_ORG } from '@/core/presets/managed';
import { mergeLibrary } from '@/core/presets/merge-library';
import { FILL_COMMAND } from '@/core/shortcut/plan-fill';
import { runShortcutFill, SHORTCUT_NOTE } from '@/core/shortcut/run-fill';
import { LAST_PRESET, loadLastValues, sendFill } from '@/components/fill-tab';

const FORGET_ALARM = 'forget-expired-captures';
const CLIPBOARD_STATUS = 'clipboard';
/** How long anything waits for the organisation's policy before going on with the user's settings. */
const POLICY_WAIT_MS = 2_000;

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
    // The organisation's policy defaults, read once at start and again when the policy changes.
    // Chromium's first managed read can stay pending for half a minute: nothing waits on it for
    // more than POLICY_WAIT_MS, and a capture never waits on it at all.
    let orgDefaults: OrgDefaults = {};
    const readPolicy = () => loadOrgDefaults(browser.storage.managed).then((d) => void (orgDefaults = d));
    let policyRead = readPolicy();
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') policyRead = readPolicy();
    });
    /** The user's settings over the organisation's policy defaults (if any), as last known. */
    let known: Settings | null = null;
    const settings = async () => {
      await withTimeout(policyRead, POLICY_WAIT_MS, undefined);
      known = await loadSettings(browser.storage.local, orgDefaults);
      return known;
    };
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
        // The secret is shown once: stored first, before anything else is read or awaited, and
        // acknowledged as soon as it is (the content script sends again until it is). The forget
        // time from the settings is applied afterwards.
        const minutes = (known ?? DEFAULT_SETTINGS).forgetAfterMinutes;
        return rememberCapture(session, portalTabId, msg.credentials, minutes * 60_000).then(() => {
          void applyForgetTime(msg.credentials.clientId, msg.credentials.capturedAt);
          return true;
        });
      }
      if (msg?.type === 'webex-helper/offered' && portalTabId !== undefined) {
        // Data from a web page: only scope-shaped names and plain, capped text are kept.
        return recordOffered(browser.storage.local, new URL(sender.url!).host, msg.offered, new Date()).then(
          () => true,
          () => false,
        );
      }
      if (msg?.type === 'webex-helper/clipboard-copied' && fromOwnPage) {
        return settings().then(async ({ clipboardClearSeconds }) => {
          if (clipboardClearSeconds === 0) {
            // This copy stays; an older copy's pending clear must not take it away.
            await worker.cancel();
            await setClipboardStatus({ label: msg.label, clearAt: null, outcome: 'off' });
            return true;
          }
          const delayMs = clipboardClearSeconds * 1000;
          // "Pending" only once the clear is really scheduled: if it cannot be, the copy's
          // caller hears the error and tells the user to clear the clipboard themselves.
          await worker.schedule(msg.sha256, delayMs);
          await setClipboardStatus({ label: msg.label, clearAt: Date.now() + delayMs, outcome: 'pending' });
          return true;
        });
      }
      if (msg?.type === 'webex-helper/clipboard-outcome' && fromOwnPage) {
        return recordOutcome(msg.outcome).then(() => true);
      }
      return undefined;
    });

    /** The user's forget time, once the settings are read, for a capture already stored. */
    const applyForgetTime = async (clientId: string, capturedAt: number) => {
      const { forgetAfterMinutes } = await settings();
      await setExpiry(session, clientId, capturedAt + forgetAfterMinutes * 60_000, Date.now());
      await scheduleForget();
    };

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

    // "Make a Webex preset from the selection": the selected text comes in the click's info (no
    // host permission, nothing put into the guide's page); the options page reviews it. Created
    // at every start (Firefox's persistent page does not keep menus), after clearing the last.
    // A menu that cannot be made must not stop the rest of the background (captures above).
    const menus = browser.contextMenus;
    const makeGuideMenu = async () => {
      await menus.removeAll();
      menus.create({ id: GUIDE_MENU_ID, title: GUIDE_MENU_TITLE, contexts: ['selection'] });
    };
    makeGuideMenu().catch((error: unknown) => console.warn('Webex helper: no guide menu:', String(error)));
    const openGuideReview = async (
      info: { menuItemId: string | number; selectionText?: string; pageUrl?: string },
      tab?: { title?: string },
    ) => {
      if (info.menuItemId !== GUIDE_MENU_ID) return;
      await session.set({ [GUIDE_INBOX_KEY]: inboxFromClick(info, tab) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${GUIDE_HASH}` as '/options.html') });
    };
    menus.onClicked.addListener((info, tab) => void openGuideReview(info, tab));
    // After install, a short welcome page (not in test builds, whose tests count the tabs they open).
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' && !import.meta.env.WXT_E2E)
        void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });

    // The badge: how many integrations are held for each tab, cleared once they are forgotten.
    // The tabs badged are kept in the session, so a restarted worker still clears them.
    const action = (browser.action ?? browser.browserAction) as typeof browser.action;
    const updateBadges = async () => {
      const before = ((await session.get(BADGED_TABS))[BADGED_TABS] ?? []) as number[];
      const { show, clear } = badgeChanges(before, await listCaptures(session, Date.now()));
      await session.set({ [BADGED_TABS]: show.map(([tabId]) => tabId) });
      for (const [tabId, text] of show) {
        await action.setBadgeText({ tabId, text }).catch(() => undefined); // the tab may be gone
        await action.setTitle({ tabId, title: BADGE_TITLE }).catch(() => undefined);
      }
      for (const tabId of clear) {
        await action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
        await action.setTitle({ tabId, title: browser.runtime.getManifest().name }).catch(() => undefined);
      }
    };
    const badges = () =>
      updateBadges().catch((error: unknown) => console.warn('Webex helper: badge not updated:', String(error)));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'session' && changes.captures) void badges();
    });
    void (async () => action.setBadgeBackgroundColor({ color: '#1170cf' }))().catch(() => undefined);
    void badges();

    // The shortcut (Alt+Shift+W): the last preset, with the values last used for it, into the
    // portal form of the active tab (the shortcut grants activeTab); else the popup, saying why.
    const shortcut = (tab?: { id?: number; url?: string }) =>
      runShortcutFill(
        {
          activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
          presets: async () => {
            const org = await withTimeout(loadOrgPresets(browser.storage.managed), POLICY_WAIT_MS, NO_ORG);
            const custom = await loadCustomPresets(browser.storage.local);
            return mergeLibrary(org.presets, custom.presets, loadBuiltinPresets().presets, {
              hideBuiltins: org.defaults.hideBuiltinPresets === true,
            }).map((e) => e.preset);
          },
          lastUsed: async () => {
            const id = (await browser.storage.local.get(LAST_PRESET))[LAST_PRESET];
            return {
              presetId: typeof id === 'string' ? id : undefined,
              values: (presetId) => loadLastValues(browser.storage.local, presetId),
            };
          },
          fill: sendFill,
          openPopup: async () => {
            await (action as { openPopup?: () => Promise<void> }).openPopup?.();
          },
          note: (text) =>
            text === null ? session.remove(SHORTCUT_NOTE) : session.set({ [SHORTCUT_NOTE]: { text, at: Date.now() } }),
        },
        tab,
      );
    try {
      browser.commands.onCommand.addListener((command, tab) => {
        if (command === FILL_COMMAND) void shortcut(tab);
      });
    } catch (error) {
      // A browser without commands (or refusing them) must not stop the rest of the background.
      console.warn('Webex helper: no keyboard shortcut:', String(error));
    }

    // Test builds only (WXT_E2E=1): a browser's own context menu cannot be clicked by a test, so
    // the e2e tests call the same handler with the click's info, as the browser would; nor can it
    // press a browser-level shortcut, so they call the shortcut's handler with the tab.
    if (import.meta.env.WXT_E2E)
      Object.assign(globalThis, { webexHelperGuideMenu: openGuideReview, webexHelperShortcut: shortcut });
  },
});
