import { readCredentials } from '@/core/capture/read-credentials';
import { detectPage } from '@/core/fill/detect-page';
import { PANEL_TAG } from '@/core/fill/report-panel-tag';
import { type BackgroundRequest, isPingMessage, type PingResponse } from '@/core/messages';
import { PORTAL_MATCHES } from '@/core/portal/knowledge';

/**
 * Runs on every portal page, so it holds only what every page needs: it tells the popup what
 * page this is (runtime messages from the extension, never page events) and hands the result
 * view's credentials to the background. The fill engine is injected only on "Fill form"
 * (entrypoints/fill-engine.ts). Everything started here is tied to `ctx`, so an extension
 * reload or update leaves nothing running in the page.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  // WXT otherwise announces every start to the page with window.postMessage (the extension id
  // included): the page has no business knowing the extension is there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    document.documentElement.dataset.webexHelper = 'ready';

    // Answers through sendResponse (native in Chrome and Firefox; this bundle has no polyfill).
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!ctx.isValid || !isPingMessage(message)) return false;
      const ping: PingResponse = { page: detectPage(document), host: location.host, path: location.pathname };
      sendResponse(ping);
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // The result view appears in place after "Add Integration": watch for it, read it once.
    let sentFor = '';
    const captureIfResult = () => {
      const found = readCredentials(document);
      if (!found || found.clientId === sentFor) return;
      sentFor = found.clientId;
      void send({
        type: 'webex-helper/captured',
        credentials: { ...found, portal: location.host, capturedAt: Date.now() },
      });
    };
    // Cheap: look only at what was just added or changed, not at the whole page on every mutation.
    const mentionsResult = (node: Node) => node.textContent?.includes('Congratulations') === true;
    const observer = new MutationObserver((records) => {
      const relevant = records.some((r) =>
        r.type === 'characterData' ? mentionsResult(r.target) : Array.from(r.addedNodes).some(mentionsResult),
      );
      if (relevant) captureIfResult();
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    // In-page navigation: the report belonged to the previous view; the new one may be the result.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      document.querySelector(PANEL_TAG)?.remove();
      captureIfResult();
    });
    if (mentionsResult(document.body ?? document)) captureIfResult();
  },
});

function send(message: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
