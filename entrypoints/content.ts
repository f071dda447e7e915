import { deliverUntilAcked } from '@/core/capture/deliver';
import { watchResult } from '@/core/capture/watch-result';
import { detectPage } from '@/core/fill/detect-page';
import { PANEL_TAG } from '@/core/fill/report-panel-tag';
import { type BackgroundRequest, isPingMessage, type PingResponse } from '@/core/messages';
import { PORTAL_MATCHES } from '@/core/portal/knowledge';
import { extensionLifetime } from '@/core/tabs/lifetime';

/**
 * Runs on every portal page, so it holds only what every page needs: it tells the popup what
 * page this is (runtime messages from the extension, never page events) and hands the result
 * view's credentials to the background, again until the background says it has stored them.
 * The fill engine is injected only on "Fill form" (entrypoints/fill-engine.ts). Everything
 * started here ends with the extension's lifetime (a reload or update), never because the page
 * says so.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  // WXT otherwise announces every start to the page with window.postMessage (the extension id
  // included): the page has no business knowing the extension is there.
  noScriptStartedPostMessage: true,
  main() {
    const life = extensionLifetime(browser.runtime);
    // Test builds only (WXT_E2E=1): tells the e2e tests the script runs. A user's page never
    // learns the extension is there.
    if (import.meta.env.WXT_E2E) document.documentElement.dataset.webexHelper = 'ready';

    // Answers through sendResponse (native in Chrome and Firefox; this bundle has no polyfill).
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!life.alive() || !isPingMessage(message)) return false;
      const ping: PingResponse = { page: detectPage(document), host: location.host, path: location.pathname };
      sendResponse(ping);
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

    // One capture time per integration (its forget timer counts from it); one delivery at a time
    // per integration: a read that knows more replaces the one still being retried.
    const firstSeen = new Map<string, number>();
    const latest = new Map<string, number>();
    let reads = 0;
    const watch = watchResult(
      document,
      (found) => {
        const read = ++reads;
        latest.set(found.clientId, read);
        if (!firstSeen.has(found.clientId)) firstSeen.set(found.clientId, Date.now());
        const message: BackgroundRequest = {
          type: 'webex-helper/captured',
          credentials: { ...found, portal: location.host, capturedAt: firstSeen.get(found.clientId)! },
        };
        void deliverUntilAcked({
          send: () => browser.runtime.sendMessage(message),
          sleep: life.sleep,
          current: () => life.alive() && latest.get(found.clientId) === read,
        });
      },
      { signal: life.signal, alive: life.alive, setTimeout: life.setTimeout },
    );

    // In-page navigation: the report belonged to the previous view; the new one may be the result.
    const onLocation = () => {
      if (!life.alive()) return;
      document.querySelector(PANEL_TAG)?.remove();
      watch.check();
    };
    window.addEventListener('popstate', onLocation, { signal: life.signal });
    let lastUrl = location.href;
    const poll = () => {
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        onLocation();
      }
      life.setTimeout(poll, 1_000);
    };
    life.setTimeout(poll, 1_000);
  },
});
