import type { CredentialUse } from '@/core/presets/credential-use';

/**
 * What a preset about to be imported does with the credentials: the redirect URIs' sites, the
 * hand-off's destination and the secrets it carries there, the scopes. A destination outside
 * the redirect URIs' sites is marked, as is a name it shares with a preset the user trusts.
 */
export function CredentialUseView({
  use,
  nameOf,
  newPreset,
}: {
  use: CredentialUse;
  nameOf?: string;
  newPreset: boolean;
}) {
  const outside = new Set(use.outside);
  return (
    <dl class="credential-use">
      {nameOf && (
        <>
          <dt>Name</dt>
          <dd class="warning">
            The same name as “{nameOf}”, which you have already: check where this file comes from.
          </dd>
        </>
      )}
      <dt>Sign-in returns to</dt>
      <dd>{use.redirectSites.join(', ')}</dd>
      <dt>Hand-off fills</dt>
      <dd>
        {use.destinations === null
          ? 'nothing (no hand-off)'
          : use.destinations.map((d, i) => (
              <span key={d} class={outside.has(d) ? 'warning' : ''}>
                {i > 0 && ', '}
                {d}
                {outside.has(d) && ' (not a redirect URI’s site)'}
              </span>
            ))}
        {use.secretFields.length > 0 && ` · with the secret in: ${use.secretFields.join(', ')}`}
      </dd>
      {newPreset && (
        <>
          <dt>Scopes ({use.scopes.length})</dt>
          <dd>{use.scopes.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
