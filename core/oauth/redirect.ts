/**
 * Reads the browser's arrival at the registered redirect URI after the consent page:
 * `?code=…&state=…`, or `?error=access_denied&error_description=…`. Only a URL on the redirect
 * URI's own origin and path counts; anything else is not the redirect (null).
 */

export type RedirectOutcome = { kind: 'code'; code: string } | { kind: 'error'; error: string; message: string };

function sameEndpoint(url: URL, registered: URL): boolean {
  const path = (u: URL) => u.pathname.replace(/\/+$/, '') || '/';
  return url.origin === registered.origin && path(url) === path(registered);
}

export function readRedirect(url: string, expected: { redirectUri: string; state: string }): RedirectOutcome | null {
  let at: URL;
  let registered: URL;
  try {
    at = new URL(url);
    registered = new URL(expected.redirectUri);
  } catch {
    return null;
  }
  if (!sameEndpoint(at, registered)) return null;
  const q = at.searchParams;
  const error = q.get('error');
  if (error) {
    const detail = q.get('error_description');
    const message =
      error === 'access_denied'
        ? 'Consent was denied on the Webex page; nothing was stored.'
        : `Webex answered "${error}"${detail ? `: ${detail}` : ''}.`;
    return { kind: 'error', error, message };
  }
  if (q.get('state') !== expected.state) {
    return {
      kind: 'error',
      error: 'state_mismatch',
      message: 'The answer did not carry the state this request sent; it was ignored. Start again.',
    };
  }
  const code = q.get('code');
  if (!code) return { kind: 'error', error: 'no_code', message: 'Webex returned without an authorization code.' };
  return { kind: 'code', code };
}
