/**
 * What the portal offers, for the scope catalog that learns (core/catalog/learned.ts): every scope
 * row on the page, its own description and whether it is disabled. Read after a fill, apart
 * from it (the fill is not slowed), with the same locators that found the rows.
 */
import type { OfferedScope } from '../catalog/learned';
import { accessibleDescription } from '../dom/accessible-name';
import { deepText, normText } from '../dom/deep';
import type { Where } from '../dom/finder';
import { toFinder } from '../dom/finder';
import { indexScopeRows, type ScopeRow } from '../dom/locate-scopes';
import { isDisabled } from '../dom/set-value';

const after = (text: string, scope: string) => {
  const at = text.indexOf(scope);
  return at < 0 ? '' : normText(text.slice(at + scope.length).replace(/^[\s:–—-]+/, ''));
};

/**
 * The description a row gives its scope: what its name says after the scope, else its
 * accessible description, else the row's text after the scope's name.
 */
function describe(name: string, row: ScopeRow): string {
  const text = after(name, row.scope) || accessibleDescription(row.control) || after(deepText(row.row), row.scope);
  return text.slice(0, 300);
}

export function readOffered(where: Where): OfferedScope[] {
  const finder = toFinder(where);
  return [...indexScopeRows(finder).byScope.values()].map((row) => ({
    scope: row.scope,
    description: describe(finder.name(row.control), row),
    disabled: isDisabled(row.control),
  }));
}
