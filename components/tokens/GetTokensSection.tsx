import { looksLikeBrowserRedirect } from '@/core/oauth/browser-redirect';
import { TIMING } from '@/core/portal/knowledge';

export type Phase = 'idle' | 'consent' | 'code' | 'refreshing' | 'testing';

interface Props {
  hasTokens: boolean;
  redirectUris: readonly string[];
  redirectUri: string;
  onRedirectUri: (uri: string) => void;
  keepAccess: boolean;
  onKeepAccess: (keep: boolean) => void;
  /** The preset asks for the authorization code itself (exchanged by the vendor). */
  wantsCode: boolean;
  presetName: string;
  phase: Phase;
  onGetTokens: () => void;
  onGetCode: () => void;
  /** Set while a sign-in can be given up. */
  onCancel: (() => void) | null;
}

/** "Get tokens" (or "Get the code only"): the redirect URI it signs in through, and the buttons. */
export function GetTokensSection({
  hasTokens,
  redirectUris,
  redirectUri,
  onRedirectUri,
  keepAccess,
  onKeepAccess,
  wantsCode,
  presetName,
  phase,
  onGetTokens,
  onGetCode,
  onCancel,
}: Props) {
  return (
    <section aria-labelledby="get-title">
      <h2 id="get-title">{hasTokens ? 'Get new tokens' : 'Get tokens'}</h2>
      <p class="help">
        Opens Webex’s sign-in and consent page in a tab. Sign in as the account the vendor should act as, and accept;
        the extension then closes that tab and exchanges the answer for tokens.
      </p>
      {redirectUris.length > 1 ? (
        <label class="field">
          Redirect URI registered on the integration
          <select value={redirectUri} onChange={(e) => onRedirectUri((e.target as HTMLSelectElement).value)}>
            {redirectUris.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          Redirect URI: <code>{redirectUri}</code>
        </p>
      )}
      {!looksLikeBrowserRedirect(redirectUri) && redirectUri && (
        <label class="switch">
          <input
            type="checkbox"
            checked={keepAccess}
            onChange={(e) => onKeepAccess((e.target as HTMLInputElement).checked)}
          />{' '}
          Keep access to {new URL(redirectUri).host} after signing in (otherwise it is removed when this ends)
        </label>
      )}
      <div class="actions">
        {wantsCode && (
          <button type="button" class="primary" disabled={phase !== 'idle'} onClick={onGetCode}>
            {phase === 'code' ? 'Waiting for Webex…' : 'Get the code only'}
          </button>
        )}
        <button type="button" class={wantsCode ? '' : 'primary'} disabled={phase !== 'idle'} onClick={onGetTokens}>
          {phase === 'consent' ? 'Waiting for Webex…' : 'Get tokens'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {wantsCode && (
        <p class="help" id="code-help">
          “{presetName}” asks for the authorization code itself, to exchange with its own server: “Get the code only”
          signs in as above and keeps the code, without exchanging it (an exchanged code is spent).
        </p>
      )}
      {(phase === 'consent' || phase === 'code') && (
        <p class="help">
          Sign in and accept in the Webex tab. This page gives up after {TIMING.consentTimeoutMs / 60_000} minutes.
        </p>
      )}
    </section>
  );
}
