import { deepText } from '../dom/deep';
import { toFinder, type Where } from '../dom/finder';
import { findButtons, locateField } from '../dom/locate-field';
import { BUTTON_TEXTS, FIELD_LABELS, RESULT_PAGE } from '../portal/knowledge';
import type { PageKind } from './report';

const HEADING = 'h1, h2, h3, [role=heading]';

/** Tells the page by what it shows (not by URL: the result view may keep the form's URL). */
export function detectPage(where: Where): PageKind {
  const finder = toFinder(where);
  if (finder.all(HEADING).some((h) => RESULT_PAGE.heading.test(deepText(h)))) return 'result';
  if (!locateField(finder, FIELD_LABELS.name, 'text')) return 'other';
  if (findButtons(finder, BUTTON_TEXTS.submitNew).length) return 'new-integration';
  if (findButtons(finder, BUTTON_TEXTS.submitEdit).length) return 'edit-integration';
  return 'other';
}
