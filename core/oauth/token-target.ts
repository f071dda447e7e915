/**
 * What "Get tokens" needs to know about a captured integration before it starts: the redirect
 * URIs registered on it (from the portal's OAuth URL and the preset that filled it), its scopes,
 * and the permissions the flow will ask for. All of it, or the one reason it cannot start.
 */
import { WEBEX_API } from '../portal/knowledge';
import { redirectUriProblem } from '../presets/url-rules';
import type { CaptureRecord } from '../session/credentials-store';
import { scopesInAuthorizeUrl } from './authorize-url';
import { looksLikeBrowserRedirect } from './browser-redirect';

/** Registered redirect URIs, the OAuth URL's first (the portal put it there), without duplicates. */
export function registeredRedirectUris(record: CaptureRecord): string[] {
  let fromUrl: string | null = null;
  try {
    fromUrl = record.credentials.oauthUrl
      ? new URL(record.credentials.oauthUrl).searchParams.get('redirect_uri')
      : null;
  } catch {
    fromUrl = null;
  }
  const all = [...(fromUrl ? [fromUrl] : []), ...(record.applied?.redirectUris ?? [])];
  return [...new Set(all)].filter((uri) => redirectUriProblem(uri) === null);
}

/** The scopes to ask for: exactly the integration's (its OAuth URL), else what the preset ticked. */
export function integrationScopes(record: CaptureRecord): string[] | null {
  const fromUrl = record.credentials.oauthUrl ? scopesInAuthorizeUrl(record.credentials.oauthUrl) : null;
  if (fromUrl?.length) return fromUrl;
  if (record.applied?.scopes.length) return [...record.applied.scopes, ...record.applied.optionalScopes];
  return null;
}

/** Match pattern for every page on the URI's host (match patterns ignore ports). */
export function originPattern(uri: string): string {
  const u = new URL(uri);
  return `${u.protocol}//${u.hostname}/*`;
}

export interface TokenPermissions {
  origins: string[];
  permissions: string[];
}

/**
 * webexapis.com for the token endpoint and people/me (and to see the consent tab on it), plus
 * either the redirect URI's host, to see the tab arrive there, or `identity` for the browser's own
 * redirect URI.
 */
export function tokenPermissions(redirectUri: string): TokenPermissions {
  const api = originPattern(WEBEX_API.origin);
  return looksLikeBrowserRedirect(redirectUri)
    ? { origins: [api], permissions: ['identity'] }
    : { origins: [...new Set([api, originPattern(redirectUri)])], permissions: [] };
}

export type TokenTarget =
  { ok: true; clientSecret: string; redirectUris: string[]; scopes: string[] } | { ok: false; reason: string };

export function tokenTarget(record: CaptureRecord): TokenTarget {
  const c = record.credentials;
  if (!c.clientSecret) {
    return {
      ok: false,
      reason:
        'The Client Secret was not captured (the portal shows it only once). Regenerate it on the integration’s page, let the extension capture it, then get tokens.',
    };
  }
  const redirectUris = registeredRedirectUris(record);
  if (redirectUris.length === 0) {
    return {
      ok: false,
      reason:
        'No redirect URI registered on this integration is known (the OAuth Authorization URL was not captured). Open the integration’s page on the portal so the extension can read it.',
    };
  }
  const scopes = integrationScopes(record);
  if (!scopes) {
    return {
      ok: false,
      reason: 'The integration’s scopes are not known (the OAuth Authorization URL was not captured).',
    };
  }
  return { ok: true, clientSecret: c.clientSecret, redirectUris, scopes };
}

interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

/**
 * The redirect URI's site, asked for "Get tokens" only to see the one sign-in tab arrive there:
 * removed again once the flow ends (success or not), unless the user chose to keep it or had
 * granted it before. `hadBefore` is read before the request, from the same click.
 */
export async function releaseRedirectAccess(
  permissions: PermissionsApi,
  redirectUri: string,
  { hadBefore, keep }: { hadBefore: boolean; keep: boolean },
): Promise<boolean> {
  if (keep || hadBefore || looksLikeBrowserRedirect(redirectUri)) return false;
  const origin = originPattern(redirectUri);
  if (origin === originPattern(WEBEX_API.origin)) return false;
  return permissions.remove({ origins: [origin] });
}
