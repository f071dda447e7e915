/**
 * Every view of the popup in a 400 × 600 px popup, in the light and the dark theme: its primary
 * action is visible without scrolling, reached by Tab from the top, and axe finds nothing.
 * The measurements are printed for the README.
 */
import AxeBuilder from '@axe-core/playwright';
import { measureView, POPUP_VIEWPORT, POPUP_VIEWS, showPopupView, tabsToPrimary } from '../support/popup-views';
import { expect, test } from './fixtures';

for (const view of POPUP_VIEWS) {
  test(`popup view "${view}": primary action within 600 px, reached by Tab, no axe violation, light and dark`, async ({
    context,
    extensionId,
  }) => {
    const shown = await showPopupView(context, extensionId, view);
    await expect(shown.primary).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await shown.popup.emulateMedia({ colorScheme: scheme });
      const m = await measureView(shown);
      const presses = await tabsToPrimary(shown);
      console.log(
        `[views] ${view} ${scheme}: view ${m.height} px high, primary ends at ${m.primaryBottom} px` +
          `${m.alsoBottom === null ? '' : `, report at ${m.alsoBottom} px`}, ${presses} Tab presses`,
      );
      expect(m.primaryBottom, `${view} ${scheme}: primary action bottom`).toBeLessThanOrEqual(POPUP_VIEWPORT.height);
      if (m.alsoBottom !== null) expect(m.alsoBottom, `${view}: the report`).toBeLessThanOrEqual(POPUP_VIEWPORT.height);
      expect(presses, `${view} ${scheme}: Tab presses to the primary action`).not.toBeNull();
      const axe = await new AxeBuilder({ page: shown.popup }).analyze();
      expect(
        axe.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]),
        `${view} ${scheme}`,
      ).toEqual([]);
    }
  });
}
