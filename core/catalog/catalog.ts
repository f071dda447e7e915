/** The scope catalog shipped in the extension (from shared/data/webex-scopes.json). */
import raw from './webex-scopes.json' with { type: 'json' };

export type Portal = 'developer.webex.com' | 'developer.webex-cx.com';
export const PORTALS: readonly Portal[] = ['developer.webex.com', 'developer.webex-cx.com'];

export interface CatalogScope {
  scope: string;
  description: string;
  portal: Portal;
}

export const CATALOG: readonly CatalogScope[] = (raw as CatalogScope[]).map(({ scope, description, portal }) => ({
  scope,
  description,
  portal,
}));

export function scopesFor(portal: Portal): CatalogScope[] {
  return CATALOG.filter((s) => s.portal === portal);
}
