import { useState } from 'preact/hooks';
import { scopeDrift, scopesInAuthorizeUrl, withRandomState } from '@/core/oauth/authorize-url';
import { untilText } from '@/core/oauth/expiry';
import { PORTAL_FIXED_SCOPES } from '@/core/portal/knowledge';
import { partLabel } from '@/core/presets/parts';
import type { CaptureRecord } from '@/core/session/credentials-store';

interface Props {
  record: CaptureRecord;
  onCopy: (label: string, text: string) => void;
  onForget: () => void;
  onGetTokens: () => void;
}

const MISSING = 'not read yet';

/**
 * What the result page has not shown yet, and what to do about it. The page is read again as it
 * changes, so a value that appears (a secret revealed with "Show") arrives here by itself.
 */
export function missingCredentials(c: CaptureRecord['credentials']): Array<{ label: string; hint: string }> {
  const out: Array<{ label: string; hint: string }> = [];
  if (!c.clientSecret)
    out.push({
      label: 'Client Secret',
      hint: 'click Show on the page (the portal shows it only once; leave the page open until it is read)',
    });
  if (!c.integrationId) out.push({ label: 'Integration ID', hint: 'not on the page yet; it is read when it appears' });
  if (!c.oauthUrl) out.push({ label: 'OAuth URL', hint: 'not on the page yet; it is read when it appears' });
  return out;
}

/** The captured credentials, each with its copy button; the secret masked until "Show". */
export function CredentialsView({ record, onCopy, onForget, onGetTokens }: Props) {
  const [shown, setShown] = useState(false);
  const c = record.credentials;
  const urlScopes = c.oauthUrl ? scopesInAuthorizeUrl(c.oauthUrl) : null;
  const drift =
    record.applied && urlScopes
      ? scopeDrift(record.applied.scopes, record.applied.optionalScopes, urlScopes, PORTAL_FIXED_SCOPES)
      : null;
  const all = {
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    integrationId: c.integrationId,
    oauthUrl: c.oauthUrl,
  };
  const env = [
    `WEBEX_CLIENT_ID=${c.clientId}`,
    `WEBEX_CLIENT_SECRET=${c.clientSecret ?? ''}`,
    `WEBEX_INTEGRATION_ID=${c.integrationId ?? ''}`,
    `WEBEX_OAUTH_URL=${c.oauthUrl ?? ''}`,
  ].join('\n');
  const row = (label: string, value: string | null, display?: string) => (
    <div class="cred" key={label}>
      <span class="cred-label">{label}</span>
      <code class="cred-value">{value ? (display ?? value) : MISSING}</code>
      <button type="button" disabled={!value} onClick={() => value && onCopy(label, value)}>
        Copy {label}
      </button>
    </div>
  );
  const missing = missingCredentials(c);
  return (
    <section aria-labelledby="creds-title">
      <h2 id="creds-title">Credentials for “{c.integrationName || 'your integration'}”</h2>
      {record.applied?.part && (
        <p class="help" id="creds-part">
          {partLabel(record.applied.part)} of “{record.applied.presetName}”
        </p>
      )}
      {missing.length > 0 && (
        <ul class="error" aria-label="Still missing">
          {missing.map((m) => (
            <li key={m.label}>
              {m.label}: {m.hint}
            </li>
          ))}
        </ul>
      )}
      {row('Client ID', c.clientId)}
      <div class="cred">
        <span class="cred-label">Client Secret</span>
        <code class="cred-value">{c.clientSecret ? (shown ? c.clientSecret : '•'.repeat(16)) : MISSING}</code>
        <button type="button" aria-pressed={shown} onClick={() => setShown(!shown)} disabled={!c.clientSecret}>
          {shown ? 'Hide' : 'Show'}
        </button>
        <button
          type="button"
          disabled={!c.clientSecret}
          onClick={() => c.clientSecret && onCopy('Client Secret', c.clientSecret)}
        >
          Copy Client Secret
        </button>
      </div>
      {row('Integration ID', c.integrationId)}
      {row('OAuth URL', c.oauthUrl)}
      {c.oauthUrl && (
        <button
          type="button"
          onClick={() => c.oauthUrl && onCopy('OAuth URL with random state', withRandomState(c.oauthUrl))}
        >
          Copy OAuth URL with a random state
        </button>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onGetTokens}>
          {record.tokens ? 'Tokens…' : 'Get tokens…'}
        </button>
        <button type="button" onClick={() => onCopy('all as JSON', JSON.stringify(all, null, 2))}>
          Copy all as JSON
        </button>
        <button type="button" onClick={() => onCopy('.env lines', env)}>
          Copy as .env
        </button>
        <button type="button" onClick={onForget}>
          Forget
        </button>
      </div>
      {record.tokens && (
        <p class="help">
          Tokens obtained: the access token expires {untilText(record.tokens.accessExpiresAt, Date.now())}, the refresh
          token {untilText(record.tokens.refreshExpiresAt, Date.now())}.
        </p>
      )}
      {drift && (drift.missing.length > 0 || drift.extra.length > 0) && (
        <p class="error">
          The created integration differs from the preset “{record.applied?.presetName}”:
          {drift.missing.length > 0 && ` missing ${drift.missing.join(', ')}.`}
          {drift.extra.length > 0 && ` extra ${drift.extra.join(', ')}.`}
        </p>
      )}
      {drift && drift.missing.length === 0 && drift.extra.length === 0 && (
        <p class="help">Scopes match the preset “{record.applied?.presetName}”.</p>
      )}
    </section>
  );
}
