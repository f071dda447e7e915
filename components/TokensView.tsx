import { useState } from 'preact/hooks';
import { scopeDrift } from '@/core/oauth/authorize-url';
import { untilText } from '@/core/oauth/expiry';
import type { Tokens } from '@/core/oauth/token-client';
import { PORTAL_FIXED_SCOPES } from '@/core/portal/knowledge';
import type { AppliedPreset } from '@/core/messages';

interface Props {
  tokens: Tokens;
  /** What was asked for, shown when the token answer does not name the granted scopes. */
  requestedScopes: readonly string[];
  applied: AppliedPreset | null;
  now: number;
  onCopy: (label: string, text: string) => void;
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function SecretRow({ label, value, onCopy }: { label: string; value: string; onCopy: Props['onCopy'] }) {
  const [shown, setShown] = useState(false);
  return (
    <div class="cred">
      <span class="cred-label">{label}</span>
      <code class="cred-value">{shown ? value : '•'.repeat(16)}</code>
      <button
        type="button"
        aria-pressed={shown}
        aria-label={`${shown ? 'Hide' : 'Show'} ${label}`}
        onClick={() => setShown(!shown)}
      >
        {shown ? 'Hide' : 'Show'}
      </button>
      <button type="button" onClick={() => onCopy(label, value)}>
        Copy {label}
      </button>
    </div>
  );
}

/** The tokens, masked until "Show", with their expiry and the scopes they carry. */
export function TokensView({ tokens, requestedScopes, applied, now, onCopy }: Props) {
  const granted = tokens.scopes ?? [...requestedScopes];
  const drift = applied ? scopeDrift(applied.scopes, applied.optionalScopes, granted, PORTAL_FIXED_SCOPES) : null;
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">Tokens</h2>
      <SecretRow label="access token" value={tokens.accessToken} onCopy={onCopy} />
      <p class="help" id="access-expiry">
        Access token expires {untilText(tokens.accessExpiresAt, now)} ({when(tokens.accessExpiresAt)}).
      </p>
      <SecretRow label="refresh token" value={tokens.refreshToken} onCopy={onCopy} />
      <p class="help" id="refresh-expiry">
        Refresh token expires {untilText(tokens.refreshExpiresAt, now)} ({when(tokens.refreshExpiresAt)}).
      </p>
      <details>
        <summary>
          {tokens.scopes ? 'Granted' : 'Requested'} scopes ({granted.length})
        </summary>
        <ul class="scopes">
          {granted.map((s) => (
            <li key={s}>
              <code>{s}</code>
            </li>
          ))}
        </ul>
      </details>
      {drift && (drift.missing.length > 0 || drift.extra.length > 0) ? (
        <p class="error">
          The tokens’ scopes differ from the preset “{applied?.presetName}”:
          {drift.missing.length > 0 && ` missing ${drift.missing.join(', ')}.`}
          {drift.extra.length > 0 && ` extra ${drift.extra.join(', ')}.`}
        </p>
      ) : (
        drift && <p class="help">The tokens’ scopes match the preset “{applied?.presetName}”.</p>
      )}
    </section>
  );
}
