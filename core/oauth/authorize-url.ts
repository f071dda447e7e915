/** The portal's OAuth Authorization URL: parse its scopes (never compare strings: the order is random). */
import { WEBEX_API } from '../portal/knowledge';

export function scopesInAuthorizeUrl(url: string): string[] | null {
  try {
    const scope = new URL(url).searchParams.get('scope');
    return scope === null ? null : scope.split(/\s+/).filter(Boolean);
  } catch {
    return null;
  }
}

export interface ScopeDrift {
  missing: string[];
  extra: string[];
}

/** What the created integration has that the preset did not ask for, and the reverse. Portal-fixed scopes are ignored. */
export function scopeDrift(
  expected: string[],
  optional: string[],
  actual: string[],
  fixed: readonly string[],
): ScopeDrift {
  const have = new Set(actual);
  const want = new Set(expected);
  return {
    missing: expected.filter((s) => !have.has(s)),
    extra: actual.filter((s) => !want.has(s) && !optional.includes(s) && !fixed.includes(s)),
  };
}

/** The URL with a fresh random `state` in place of the portal's `set_state_here`. */
export function withRandomState(
  url: string,
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const state = Array.from(random(16), (b) => b.toString(16).padStart(2, '0')).join('');
  const u = new URL(url);
  u.searchParams.set('state', state);
  // URLSearchParams encodes spaces as '+'; keep the portal's %20.
  return u.toString().replace(/\+/g, '%20');
}

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  /** The S256 challenge of the PKCE verifier; absent only for a code handed to a vendor to exchange. */
  codeChallenge?: string;
}

/**
 * The authorization request, in the portal's own parameter order, spaces as %20, plus PKCE.
 * Holds no secret: the client secret and the verifier never go into a URL.
 */
export function buildAuthorizeUrl(p: AuthorizeParams): string {
  const q = (v: string) => encodeURIComponent(v);
  return (
    `${WEBEX_API.authorize}?client_id=${q(p.clientId)}&response_type=code&redirect_uri=${q(p.redirectUri)}` +
    `&scope=${p.scopes.map(q).join('%20')}&state=${q(p.state)}` +
    (p.codeChallenge ? `&code_challenge=${q(p.codeChallenge)}&code_challenge_method=S256` : '')
  );
}
