import { detectPage } from '@/core/fill/detect-page';
import { isOutlineMessage } from '@/core/messages';
import { buildOutline } from '@/core/outline/build-outline';
import { answerOrders } from '@/core/tabs/answer-orders';

/**
 * The outline engine, injected into the portal tab only when the user clicks "Copy page
 * outline": builds the outline of the form region from the live DOM and answers with it. The
 * outline goes to the popup only, which copies it; it is never written into the page.
 */
export default defineUnlistedScript(() =>
  answerOrders(browser.runtime, 'webexHelperOutline', isOutlineMessage, (order) =>
    buildOutline(document, { ...order.header, page: detectPage(document) }),
  ),
);
