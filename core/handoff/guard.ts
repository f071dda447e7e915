/**
 * The hand-off engine's own check, in the page, when an order arrives: the page is still the one
 * the popup named (origin, and path when the preset names one page), and it is the top frame.
 * The popup checked before sending; the tab may have navigated since.
 */
import type { FieldReport } from './fill-fields';
import { trimSlash } from './resolve';

export type HandOffAnswer = { reports: FieldReport[] } | { refused: string };

export function destinationRefusal(
  expect: { origin: string; path?: string },
  here: { origin: string; pathname: string },
  isTopFrame: boolean,
): string | null {
  if (!isTopFrame) return 'Only the page itself is filled, never a frame inside it. Nothing was filled.';
  if (here.origin !== expect.origin)
    return `This tab is now on ${here.origin}, not ${expect.origin} as shown in the popup. Nothing was filled.`;
  if (expect.path !== undefined && trimSlash(here.pathname) !== trimSlash(expect.path))
    return `This tab is now on ${here.origin}${here.pathname}, not ${expect.origin}${expect.path} as shown in the popup. Nothing was filled.`;
  return null;
}
