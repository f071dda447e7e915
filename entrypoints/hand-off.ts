import { fillFields } from '@/core/handoff/fill-fields';
import { isHandOffMessage } from '@/core/messages';

/**
 * The hand-off engine, injected into a vendor's page only when the user clicks "Fill this page"
 * or "Fill matching fields" in the popup (activeTab + scripting; no host permission, nothing runs
 * on vendor pages otherwise). Wiring only: takes the order from the extension (runtime messages,
 * never page events), fills or looks, and answers with one report per field. Injected again, it
 * does not listen twice; it stops when the extension is reloaded.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { webexHelperHandOff?: true };
  if (world.webexHelperHandOff) return;
  world.webexHelperHandOff = true;

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
    if (!browser.runtime?.id) {
      browser.runtime.onMessage.removeListener(onMessage);
      delete world.webexHelperHandOff;
      return false;
    }
    if (sender.id !== browser.runtime.id || !isHandOffMessage(message)) return false;
    sendResponse(fillFields(document, message.orders, { dryRun: message.dryRun }));
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
});
