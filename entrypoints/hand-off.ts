import { fillFields } from '@/core/handoff/fill-fields';
import { destinationRefusal, type HandOffAnswer } from '@/core/handoff/guard';
import { isHandOffMessage } from '@/core/messages';
import { answerOrders } from '@/core/tabs/answer-orders';

/**
 * The hand-off engine, injected into a vendor's page only when the user clicks "Fill this page"
 * or "Fill matching fields" in the popup (activeTab + scripting; no host permission, nothing runs
 * on vendor pages otherwise): checks the page is still the one the popup named, then fills or
 * looks, and answers with one report per field.
 */
export default defineUnlistedScript(() =>
  answerOrders(browser.runtime, 'webexHelperHandOff', isHandOffMessage, (order): HandOffAnswer => {
    const refused = destinationRefusal(order.expect, location, window.top === window);
    return refused ? { refused } : { reports: fillFields(document, order.orders, { dryRun: order.dryRun }) };
  }),
);
