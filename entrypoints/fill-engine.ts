import { applyPreset } from '@/core/fill/apply-preset';
import { pointTo, showReportPanel } from '@/core/fill/report-panel';
import { readFormWhenReady } from '@/core/fill/read-form';
import { readOffered } from '@/core/fill/read-offered';
import { type BackgroundRequest, isFillMessage, isReadFormMessage } from '@/core/messages';
import { TIMING } from '@/core/portal/knowledge';

/**
 * The fill engine, injected into the portal tab only when the user clicks "Fill form"
 * (core/tabs/inject-fill-engine.ts), so the script that runs on every portal page stays small.
 * Wiring only: takes the fill order from the extension (runtime messages, never page events),
 * fills, shows the report panel, and answers with the report. It shares the content script's
 * isolated world; injected again, it does not listen twice. When the extension is reloaded or
 * updated it stops: a running fill is aborted and the listener removed.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { webexHelperFillEngine?: true };
  if (world.webexHelperFillEngine) return;
  world.webexHelperFillEngine = true;

  const alive = new AbortController();
  const stop = () => {
    alive.abort();
    browser.runtime.onMessage.removeListener(onMessage);
    delete world.webexHelperFillEngine;
  };
  // Answers through sendResponse (native in Chrome and Firefox; this bundle has no polyfill).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!browser.runtime?.id) {
      stop();
      return false;
    }
    if (isReadFormMessage(message)) {
      void readFormWhenReady(document, alive.signal).then(sendResponse);
      return true;
    }
    if (!isFillMessage(message)) return false;
    fill(message.request).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: `The fill failed: ${String(error)}` }),
    );
    return true;
  };

  const fill = async (request: Parameters<typeof applyPreset>[1]) => {
    const { report, firstNeedingUser } = await applyPreset(document, request, { signal: alive.signal });
    if (!report.error) {
      const { integration: i } = request;
      void send({
        type: 'webex-helper/applied',
        applied: {
          presetId: request.presetId,
          presetName: request.presetName,
          portal: location.host,
          scopes: i.scopes,
          optionalScopes: i.optionalScopes,
          redirectUris: i.redirectUris,
          appliedAt: Date.now(),
          ...(request.values && { values: request.values }),
          ...(request.part && { part: request.part }),
        },
      });
    }
    const timers = {
      setTimeout: (fn: () => void, ms: number) => setTimeout(() => !alive.signal.aborted && fn(), ms),
    };
    showReportPanel(document, report, timers, TIMING.panelVisibleMs);
    if (firstNeedingUser) pointTo(firstNeedingUser);
    // What the portal offers, for the catalog that learns: read after the report, apart from the fill.
    if (report.scopes.length)
      timers.setTimeout(() => void send({ type: 'webex-helper/offered', offered: readOffered(document) }), 0);
    return report;
  };

  browser.runtime.onMessage.addListener(onMessage);
});

function send(message: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
