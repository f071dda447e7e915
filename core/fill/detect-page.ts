import { deepQueryAll, deepText } from '../dom/deep';
import { findButtons, locateField } from '../dom/locate-field';
import { BUTTON_TEXTS, FIELD_LABELS, RESULT_PAGE } from '../portal/knowledge';
import type { PageKind } from './report';

const HEADING = 'h1, h2, h3, [role=heading]';

/** Tells the page by what it shows (not by URL: the result view may keep the form's URL). */
export function detectPage(root: ParentNode): PageKind {
  if (deepQueryAll(root, HEADING).some((h) => RESULT_PAGE.heading.test(deepText(h)))) return 'result';
  if (!locateField(root, FIELD_LABELS.name, 'text')) return 'other';
  if (findButtons(root, BUTTON_TEXTS.submitNew).length) return 'new-integration';
  if (findButtons(root, BUTTON_TEXTS.submitEdit).length) return 'edit-integration';
  return 'other';
}
