import { readCredentials } from '@/core/capture/read-credentials';
import { applyPreset } from '@/core/fill/apply-preset';
import { detectPage } from '@/core/fill/detect-page';
import { PANEL_TAG, pointTo, showReportPanel } from '@/core/fill/report-panel';
import { type BackgroundRequest, type ContentRequest, isContentRequest, type PingResponse } from '@/core/messages';
import { PORTAL_MATCHES, TIMING } from '@/core/portal/knowledge';

/**
 * Wiring only: takes orders from the extension (runtime messages, never page events), fills the
 * form, and hands the result page's credentials to the background. Everything it starts is tied
 * to `ctx`, so an extension reload or update leaves nothing running in the page.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  main(ctx) {
    document.documentElement.dataset.webexHelper = 'ready';

    // Answers through sendResponse (native in Chrome and Firefox; this bundle has no polyfill).
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!ctx.isValid || !isContentRequest(message)) return false;
      handle(message).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, error: `The content script failed: ${String(error)}` }),
      );
      return true;
    };
    const handle = async (message: ContentRequest) => {
      if (message.type === 'webex-helper/ping') {
        const ping: PingResponse = {
          page: detectPage(document),
          host: location.host,
          path: location.pathname,
        };
        return ping;
      }
      const { report, firstNeedingUser } = await applyPreset(document, message.request, {
        signal: ctx.signal,
      });
      if (!report.error) {
        const { integration: i } = message.request;
        void send({
          type: 'webex-helper/applied',
          applied: {
            presetId: message.request.presetId,
            presetName: message.request.presetName,
            portal: location.host,
            scopes: i.scopes,
            optionalScopes: i.optionalScopes,
            redirectUris: i.redirectUris,
            appliedAt: Date.now(),
          },
        });
      }
      showReportPanel(document, report, ctx, TIMING.panelVisibleMs);
      if (firstNeedingUser) pointTo(firstNeedingUser);
      return report;
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
