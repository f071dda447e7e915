/**
 * What the portal offers, for the scope catalog that learns (core/catalog/learned.ts): every scope
 * row on the page, its own description and whether it is disabled. Read after a fill, apart
 * from it (the fill is not slowed), with the same locators that found the rows.
 */
import type { OfferedScope } from '../catalog/learned';
import { accessibleDescription } from '../dom/accessible-name';
import { normText } from '../dom/deep';
import type { Where } from '../dom/finder';
import { toFinder } from '../dom/finder';
import { indexScopeRows } from '../dom/locate-scopes';
import { isDisabled } from '../dom/set-value';

/** The description a row gives its scope: what its name says after the scope, else its accessible description. */
function describe(name: string, scope: string, control: Element): string {
  const rest = normText(name.startsWith(scope) ? name.slice(scope.length).replace(/^[\s:–—-]+/, '') : '');
  return (rest || accessibleDescription(control)).slice(0, 300);
}

export function readOffered(where: Where): OfferedScope[] {
  const finder = toFinder(where);
  return [...indexScopeRows(finder).byScope.values()].map((row) => ({
    scope: row.scope,
    description: describe(finder.name(row.control), row.scope, row.control),
    disabled: isDisabled(row.control),
  }));
}
