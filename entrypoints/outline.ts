import { detectPage } from '@/core/fill/detect-page';
import { buildOutline } from '@/core/outline/build-outline';
import { isOutlineMessage } from '@/core/messages';

/**
 * The outline engine, injected into the portal tab only when the user clicks "Copy page
 * outline". Wiring only: takes the order from the extension (runtime messages, never page
 * events), builds the outline of the form region from the live DOM, and answers with it. The
 * outline goes to the popup only, which copies it; it is never written into the page.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { webexHelperOutline?: true };
  if (world.webexHelperOutline) return;
  world.webexHelperOutline = true;

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
    if (!browser.runtime?.id) {
      browser.runtime.onMessage.removeListener(onMessage);
      delete world.webexHelperOutline;
      return false;
    }
    if (sender.id !== browser.runtime.id || !isOutlineMessage(message)) return false;
    sendResponse(buildOutline(document, { ...message.header, page: detectPage(document) }));
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
});
