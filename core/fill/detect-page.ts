import { deepText } from '../dom/deep';
import { findButtons, locateField } from '../dom/locate-field';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { BUTTON_TEXTS, FIELD_LABELS, RESULT_PAGE } from '../portal/knowledge';
import type { PageKind } from './report';

const HEADING = 'h1, h2, h3, [role=heading]';

/**
 * Tells the page by what it shows (not by URL: the result view may keep the form's URL).
 * `texts` gives the page's text index (shared with the fill steps).
 */
export function detectPage(root: ParentNode, texts: () => TextIndex = () => buildTextIndex(root)): PageKind {
  if (texts().entries.some((e) => e.el.matches(HEADING) && RESULT_PAGE.heading.test(deepText(e.el)))) return 'result';
  if (!locateField(root, FIELD_LABELS.name, 'text', texts)) return 'other';
  if (findButtons(root, BUTTON_TEXTS.submitNew, texts).length) return 'new-integration';
  if (findButtons(root, BUTTON_TEXTS.submitEdit, texts).length) return 'edit-integration';
  return 'other';
}
