/** The fill request the popup would send for a generated page's preset. */
import type { FillRequest } from '../../core/messages';
import type { PageSpec } from './spec';

export function fillRequestFor(spec: PageSpec, bounds: { settleMs?: number; timeoutMs?: number } = {}): FillRequest {
  return {
    presetId: 'generated',
    presetName: spec.preset.name,
    portal: 'developer.webex.com',
    exact: spec.preset.exact,
    ...bounds,
    integration: {
      name: spec.preset.name,
      description: spec.preset.description,
      contactEmail: spec.preset.contactEmail,
      redirectUris: spec.preset.redirectUris,
      scopes: spec.preset.scopes,
      optionalScopes: [],
      mobileSdk: false,
    },
  };
}
