import { useState } from 'preact/hooks';
import { scopeDrift, scopesInAuthorizeUrl, withRandomState } from '@/core/oauth/authorize-url';
import { untilText } from '@/core/oauth/expiry';
import { PORTAL_FIXED_SCOPES } from '@/core/portal/knowledge';
import { partLabel } from '@/core/presets/parts';
import type { CaptureRecord } from '@/core/session/credentials-store';
import { shortened } from '@/core/ui/popup-view';
import { Icon, IconButton } from '../ui/icons';

interface Props {
  record: CaptureRecord;
  /** Opens the OAuth URL (SphereShield's guide has you open it, to be sent on to its Admin Portal). */
  onOpenOAuthUrl?: (url: string) => void;
  onCopy: (label: string, text: string) => void;
  onForget: () => void;
  onGetTokens: () => void;
}

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

function Row({
  label,
  value,
  preview,
  children,
}: {
  label: string;
  value: string | null;
  preview: string;
  children?: preact.ComponentChildren;
}) {
  return (
    <li class="cred">
      <span class="cred-label">{label}</span>
      <code class="cred-value">{value ? preview : <span class="help">not read yet</span>}</code>
      <span class="cred-actions">{children}</span>
    </li>
  );
}

/** The captured credentials as a password manager shows them: label, preview, icon buttons; the secret masked. */
export function CredentialRows({ record, onOpenOAuthUrl, onCopy, onForget, onGetTokens }: Props) {
  const [shown, setShown] = useState(false);
  const [allOpen, setAllOpen] = useState(false);
  const c = record.credentials;
  const urlScopes = c.oauthUrl ? scopesInAuthorizeUrl(c.oauthUrl) : null;
  const drift =
    record.applied && urlScopes
      ? scopeDrift(record.applied.scopes, record.applied.optionalScopes, urlScopes, PORTAL_FIXED_SCOPES)
      : null;
  const differs = drift && (drift.missing.length > 0 || drift.extra.length > 0);
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
  const copy = (label: string, value: string | null) => (
    <IconButton icon="copy" label={`Copy ${label}`} disabled={!value} onClick={() => value && onCopy(label, value)} />
  );
  const missing = missingCredentials(c);
  const oauthHost = c.oauthUrl ? new URL(c.oauthUrl).host : '';
  return (
    <section aria-labelledby="creds-title">
      <h2 id="creds-title">Credentials for “{c.integrationName || 'your integration'}”</h2>
      {record.applied?.part && (
        <p class="help" id="creds-part">
          {partLabel(record.applied.part)} of “{record.applied.presetName}”
        </p>
      )}
      {missing.length > 0 && (
        <ul class="callout error problems" aria-label="Still missing">
          {missing.map((m) => (
            <li key={m.label}>
              {m.label}: {m.hint}
            </li>
          ))}
        </ul>
      )}
      <ul class="creds">
        <Row label="Client ID" value={c.clientId} preview={shortened(c.clientId)}>
          {copy('Client ID', c.clientId)}
        </Row>
        <Row
          label="Client Secret"
          value={c.clientSecret}
          preview={shown && c.clientSecret ? c.clientSecret : '•'.repeat(12)}
        >
          <IconButton
            icon={shown ? 'eyeOff' : 'eye'}
            label={shown ? 'Hide Client Secret' : 'Show Client Secret'}
            pressed={shown}
            disabled={!c.clientSecret}
            onClick={() => setShown(!shown)}
          />
          {copy('Client Secret', c.clientSecret)}
        </Row>
        <Row label="Integration ID" value={c.integrationId} preview={c.integrationId ? shortened(c.integrationId) : ''}>
          {copy('Integration ID', c.integrationId)}
        </Row>
        <Row
          label="OAuth URL"
          value={c.oauthUrl}
          preview={urlScopes ? `${oauthHost} · ${urlScopes.length} scopes` : oauthHost}
        >
          {onOpenOAuthUrl && (
            <IconButton
              icon="external"
              label="Open the OAuth URL"
              disabled={!c.oauthUrl}
              onClick={() => c.oauthUrl && onOpenOAuthUrl(c.oauthUrl)}
            />
          )}
          {copy('OAuth URL', c.oauthUrl)}
        </Row>
      </ul>
      {drift && (
        <p class={differs ? 'callout error' : 'success'}>
          {differs ? (
            <>
              <Icon name="alert" /> The created integration differs from the preset “{record.applied?.presetName}”:
              {drift.missing.length > 0 && ` missing ${drift.missing.join(', ')}.`}
              {drift.extra.length > 0 && ` extra ${drift.extra.join(', ')}.`}
            </>
          ) : (
            <>
              <Icon name="check" /> Scopes match the preset “{record.applied?.presetName}”.
            </>
          )}
        </p>
      )}
      {record.tokens && (
        <p class="help">
          Tokens obtained: the access token expires {untilText(record.tokens.accessExpiresAt, Date.now())}, the refresh
          token {untilText(record.tokens.refreshExpiresAt, Date.now())}.
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onGetTokens}>
          <Icon name="key" />
          {record.tokens ? 'Tokens…' : 'Get tokens…'}
        </button>
        <button type="button" aria-expanded={allOpen} aria-controls="copy-all" onClick={() => setAllOpen(!allOpen)}>
          <Icon name="copy" />
          Copy all…
        </button>
        <button type="button" class="danger" onClick={onForget}>
          <Icon name="trash" />
          Forget
        </button>
      </div>
      <div id="copy-all" class="actions" hidden={!allOpen}>
        <button type="button" onClick={() => onCopy('all as JSON', JSON.stringify(all, null, 2))}>
          Copy all as JSON
        </button>
        <button type="button" onClick={() => onCopy('.env lines', env)}>
          Copy as .env
        </button>
      </div>
      {c.oauthUrl && (
        <details>
          <summary>The OAuth URL in full</summary>
          <p>
            <code class="wrap">{c.oauthUrl}</code>
          </p>
          <button type="button" onClick={() => onCopy('OAuth URL with random state', withRandomState(c.oauthUrl!))}>
            Copy OAuth URL with a random state
          </button>
        </details>
      )}
    </section>
  );
}
