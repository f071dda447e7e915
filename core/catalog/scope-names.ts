/**
 * The scope names of each portal, without their descriptions: all the validator needs, so the
 * popup does not carry the whole catalog. `scope-names.json` is generated from `webex-scopes.json`
 * (npm run presets:schema); a test fails while it is stale.
 */
import names from './scope-names.json' with { type: 'json' };
import type { CatalogScope, Portal } from './catalog';

export const SCOPE_NAMES = names as Record<Portal, string[]>;

export function scopeNamesFrom(catalog: readonly Pick<CatalogScope, 'scope' | 'portal'>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { scope, portal } of catalog) (out[portal] ??= []).push(scope);
  return out;
}
